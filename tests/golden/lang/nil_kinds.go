// nil is the zero value of slices, maps, pointers, funcs, channels and interfaces, with kind-specific behaviour.
package main

import "fmt"

type T struct{ n int }

func (t *T) Safe() string {
	if t == nil {
		return "nil receiver"
	}
	return "value"
}

func main() {
	var s []int
	var m map[string]int
	var p *T
	var f func()
	var c chan int
	var i interface{}
	var e error
	fmt.Println(s == nil, m == nil, p == nil, f == nil, c == nil, i == nil, e == nil)
	fmt.Println(len(s), cap(s), len(m), len(c), cap(c))
	s = append(s, 1)
	fmt.Println(s)
	fmt.Println(m["missing"])
	for range m {
		fmt.Println("never")
	}
	delete(m, "x")
	fmt.Println(p.Safe())
	fmt.Println(s, m, p, i, e)
	fmt.Printf("%v %v %d %v\n", f == nil, c, len([]int(nil)), map[int]int(nil))
	fmt.Printf("%T %T\n", i, e)
}

// Output:
// true true true true true true true
// 0 0 0 0 0
// [1]
// 0
// nil receiver
// [1] map[] <nil> <nil> <nil>
// true <nil> 0 map[]
// <nil> <nil>
