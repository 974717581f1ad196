// Pointers: &x, *p, new(T) and &T{} give addressable values that outlive their function.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func newInt(v int) *int { return &v }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	*p = 5
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q)
	*q = 7
	swap(p, q)
	fmt.Println(x, *q)
	r1, r2 := newInt(3), newInt(3)
	fmt.Println(*r1 == *r2, r1 == r2)
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{val: i, next: head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, ";")
	}
	fmt.Println()
	pp := &p
	**pp = 9
	fmt.Println(x)
	s := new([]int)
	*s = append(*s, 1, 2)
	fmt.Println(*s, len(*s))
	nd := new(node)
	nd.val = 4
	fmt.Println(nd.val, nd.next == nil)
}

// Output:
// 5 5 true
// 0
// 7 5
// true false
// 1;2;3;
// 9
// [1 2] 2
// 4 true
