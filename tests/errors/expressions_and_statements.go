// Expressions used as statements, pointers, shifts and slices gone wrong.
package main

import "strings"

type queue struct{ items []int }

func (q *queue) push(v int) { q.items = append(q.items, v) }

func main() {
	n := 4
	n /* ERROR "n + 1 (value of type int) is not used" */ + 1
	strings.ToUpper("x")
	var q queue
	queue{}.push /* ERROR "cannot call pointer method push on queue" */(1)
	_ = *n /* ERROR "invalid operation: cannot indirect n (variable of type int)" */
	_ = 1 << 1.5 /* ERROR "1.5 (untyped float constant) truncated to uint" */
	var s string = "abc"
	_ = s[1:2:3 /* ERROR "invalid operation: 3-index slice of string" */]
	for range q /* ERROR "cannot range over q (variable of struct type queue)" */ {
	}
	q.push(1)
}
