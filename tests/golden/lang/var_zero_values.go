// Variables declared without an initialiser hold the zero value of their type.
package main

import "fmt"

type point struct {
	X, Y int
	Name string
}

var (
	pkgInt    int
	pkgString string
	pkgBool   bool
)

func main() {
	var f float64
	var r rune
	var b byte
	var p point
	var ptr *point
	var s []int
	var m map[string]int
	var e error
	fmt.Println(pkgInt, pkgString == "", pkgBool)
	fmt.Println(f, r, b)
	fmt.Printf("%+v\n", p)
	fmt.Println(ptr == nil, s == nil, m == nil, e == nil)
	fmt.Println(len(s), len(m), len(pkgString))
	var a, c = 1, "two"
	var d, g int = 3, 4
	fmt.Println(a, c, d, g)
}

// Output:
// 0 true false
// 0 0 0
// {X:0 Y:0 Name:}
// true true true true
// 0 0 0
// 1 two 3 4
