package main

import (
	"errors"
	"fmt"
	"os"
)

type S struct{ a, b int }

func f() error { return nil }

func main() {
	m := map[string]S{}
	m["x"].a = 1
	s := S{1, 2, 3}
	t := S{a: 1, c: 2}
	u := S{1}
	var p *S
	p.c = 3
	err := f()
	if err != nil {
		err := errors.New("x")
	}
	x := 1
	x := 2
	var y int = "a" + 1
	const c = 10
	c = 11
	fmt.Println(s, t, u, x, y)
	defer fmt.Println
	go func() {}
	return 1
}

// Error: 15:2: cannot assign to struct field m["x"].a in map
// Error: 16:15: too many values in struct literal of type S
// Error: 17:15: unknown field c in struct literal of type S
// Error: 18:10: too few values in struct literal of type S
// Error: 20:4: p.c undefined (type *S has no field or method c)
// Error: 26:4: no new variables on left side of :=
// Error: 27:14: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)
// Error: 29:2: cannot assign to c (neither addressable nor a map index expression)
// Error: 31:8: expression in defer must be function call
// Error: 32:5: expression in go must be function call
// Error: 32:5: too many errors
