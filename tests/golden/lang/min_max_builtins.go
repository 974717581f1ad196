// The min and max builtins take one or more ordered values of the same type.
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(5), max(-5))
	fmt.Println(min(2.5, 1), max(1, 2.5))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	var a, b int8 = -100, 100
	fmt.Println(min(a, b), max(a, b))
	x := 7
	clamp := max(0, min(x, 5))
	fmt.Println(clamp)
	xs := []int{4, 8, -3, 6}
	lo, hi := xs[0], xs[0]
	for _, v := range xs {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	fmt.Println(lo, hi)
	fmt.Printf("%T %T\n", min(1, 2), max(1.0, 2))
	const c = min(1, 2.5)
	fmt.Println(c, max("", "a") == "a")
}

// Output:
// 1 3
// 5 -5
// 1 2.5
// apple cherry
// -100 100
// 5
// -3 8
// int float64
// 1 true
