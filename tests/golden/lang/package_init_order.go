// Package-level variables are initialised in dependency order, not source order.
package main

import "fmt"

var total = sum(a, b)
var a = trace("a", b+1)
var b = trace("b", 10)
var c = trace("c", 100)
var d, e = trace("d", total), trace("e", 0)

func trace(name string, v int) int {
	fmt.Println("init", name, "=", v)
	return v
}

func sum(x, y int) int {
	r := trace("total", x+y)
	return r
}

func main() {
	fmt.Println("main", a, b, c, d, e, total)
}

// Output:
// init b = 10
// init a = 11
// init total = 21
// init c = 100
// init d = 21
// init e = 0
// main 11 10 100 21 0 21
