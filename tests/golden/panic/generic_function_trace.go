// A panic inside generic code: Go's trace names every instance `F[...]`.
package main

import "fmt"

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Pop() T {
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func drain[T any](q *Queue[T]) {
	for {
		fmt.Println(q.Pop())
	}
}

func main() {
	drain(&Queue[int]{items: []int{1, 2}})
}

// Output:
// 1
// 2
// Exit: 2
// Stderr: panic: runtime error: index out of range [0] with length 0
