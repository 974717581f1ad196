// A map key of interface type is hashed by its dynamic value: a slice, map or function in it, at any depth, panics on lookup, assignment and delete.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime error: %v)\n", name, r, isRuntime)
	}()
	f()
}

type S struct {
	a int
	f []int
}

func main() {
	m := map[any]int{"y": 1}
	var nm map[any]int
	try("lookup", func() { _ = m[[]int{1}] })
	try("comma-ok", func() { _, _ = m[map[int]int{}] })
	try("nil map", func() { _ = nm[[]int{1}] })
	try("delete", func() { delete(m, []int{1}) })
	try("delete from empty", func() { delete(map[any]int{}, []int{1}) })
	try("struct", func() { _ = m[S{}] })
	try("array of any", func() { _ = m[[1]any{[]int{}}] })
	try("assign func", func() { m[func() {}] = 1 })
	try("comparable", func() { _ = m[[2]any{1, "x"}] })
	fmt.Println(len(m))
	delete(m, []string{"boom"})
}

// Output:
// lookup: runtime error: hash of unhashable type []int (runtime error: true)
// comma-ok: runtime error: hash of unhashable type map[int]int (runtime error: true)
// nil map: hash of unhashable type: []int (runtime error: true)
// delete: runtime error: hash of unhashable type []int (runtime error: true)
// delete from empty: hash of unhashable type: []int (runtime error: true)
// struct: runtime error: hash of unhashable type main.S (runtime error: true)
// array of any: runtime error: hash of unhashable type []int (runtime error: true)
// assign func: runtime error: hash of unhashable type func() (runtime error: true)
// comparable: <nil> (runtime error: false)
// 1
// Exit: 2
// Stderr: panic: runtime error: hash of unhashable type []string
