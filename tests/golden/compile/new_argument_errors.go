// new with a value that is not one: untyped nil, no value, an overflowing constant, an uncalled builtin.
package main

import "fmt"

func f() {}

func main() {
	a := new(nil)
	b := new(f())
	c := new(1 << 70)
	d := new(len)
	fmt.Println(a, b, c, d)
}

// Error: 9:11: use of untyped nil in argument to new
// Error: 10:11: f() (no value) used as value or type
// Error: 11:11: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to new (overflows)
// Error: 12:11: len (built-in) must be called
