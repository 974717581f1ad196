// A generic function calling itself infers its own type parameter, and a
// generic type's method can build other instances of the same type.
package main

import "fmt"

func count[E any](s []E) int {
	if len(s) == 0 {
		return 0
	}
	return 1 + count(s[1:])
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func Map[T, U any](t *Tree[T], f func(T) U) *Tree[U] {
	if t == nil {
		return nil
	}
	return &Tree[U]{Map(t.Left, f), Map(t.Right, f), f(t.Val)}
}

func main() {
	fmt.Println(count([]string{"a", "b", "c"}), count([]int{}))
	t := &Tree[int]{&Tree[int]{nil, nil, 1}, &Tree[int]{nil, nil, 3}, 2}
	Map(t, func(i int) string { return fmt.Sprint("#", i) }).Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
}

// Output:
// 3 0
// #1 #2 #3 
