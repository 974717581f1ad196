// := declares new variables, reuses existing ones in the same scope and shadows outer ones in inner scopes.
package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	x := 1
	x, y := 2, "y"
	fmt.Println(x, y)
	n, s := pair()
	fmt.Println(n, s)
	if x := 10; x > 5 {
		x++
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	{
		y := 3.5
		fmt.Println("block y", y)
	}
	fmt.Println("outer y", y)
	for i := 0; i < 2; i++ {
		x := x * 10
		fmt.Println("loop x", x, i)
	}
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
}

// Output:
// 2 y
// 7 seven
// inner x 11
// outer x 2
// block y 3.5
// outer y y
// loop x 20 0
// loop x 20 1
// 2 1
