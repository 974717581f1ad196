// fmt prints nil values as <nil>, nil slices as [] and nil maps as map[].
package main

import (
	"errors"
	"fmt"
)

type T struct{ N int }

func main() {
	var p *T
	var e error
	var a any
	var s []string
	var m map[string]int
	var f func()
	var c chan int
	fmt.Println(p, e, a, s, m)
	fmt.Printf("%v %v %v\n", p, e, a)
	fmt.Printf("%+v %d %s\n", p, s, s)
	fmt.Printf("%q %v\n", s, m)
	fmt.Println(f == nil, c == nil)
	fmt.Printf("%v %v\n", f == nil, c)
	fmt.Printf("[%s] [%d]\n", e, a)
	fmt.Println(fmt.Sprint(nil) == "<nil>")
	fmt.Println(errors.Unwrap(errors.New("x")))
	fmt.Printf("%T %T %T\n", p, s, m)
	fmt.Println([]*T{nil}, map[string]*T{"k": nil})
	fmt.Println([]error{nil, errors.New("e")})
}

// Output:
// <nil> <nil> <nil> [] map[]
// <nil> <nil> <nil>
// <nil> [] []
// [] map[]
// true true
// true <nil>
// [%!s(<nil>)] [%!d(<nil>)]
// true
// <nil>
// *main.T []string map[string]int
// [<nil>] map[k:<nil>]
// [<nil> e]
