// Arrays are values: assignment, passing and range copy the whole array; arrays of comparable types compare with ==.
package main

import "fmt"

func zero(a [3]int) { a[0] = 0 }

func zeroPtr(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	zero(a)
	fmt.Println(a)
	zeroPtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{0, 2, 3}, a != b)
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(len(c), c)
	fmt.Printf("%q\n", c)
	for i, v := range a {
		a[2] = 99
		fmt.Print(i, "=", v, ";")
	}
	fmt.Println()
	fmt.Println(a)
	var grid [2][3]int
	grid[1][2] = 5
	row := grid[1]
	row[0] = 7
	fmt.Println(grid, row)
	s := a[:]
	s[0] = 42
	fmt.Println(a, len(s), cap(s))
}

// Output:
// [1 2 3] [1 20 3]
// [1 2 3]
// [0 2 3]
// true true
// 3 [a  c]
// ["a" "" "c"]
// 0=0;1=2;2=3;
// [0 2 99]
// [[0 0 0] [0 0 5]] [7 0 5]
// [42 2 99] 3 3
