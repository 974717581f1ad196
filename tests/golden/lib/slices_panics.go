// slices functions panic with Go's messages: bad indexes as runtime errors, negative counts and empty slices with plain strings; an uncaught Insert past the end exits 2.
package main

import (
	"fmt"
	"slices"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%s: %v (error: %t)\n", name, r, isErr)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	try("Repeat", func() { slices.Repeat(s, -1) })
	try("Repeat overflow", func() { slices.Repeat(s, 1<<62) })
	try("Grow", func() { slices.Grow(s, -2) })
	try("Min", func() { slices.Min([]int{}) })
	try("Max", func() { slices.Max([]string(nil)) })
	try("MinFunc", func() { slices.MinFunc([]int(nil), func(a, b int) int { return a - b }) })
	try("MaxFunc", func() { slices.MaxFunc([]int{}, func(a, b int) int { return a - b }) })
	try("Delete past end", func() { slices.Delete(s, 1, 5) })
	try("Replace", func() { slices.Replace(s, 2, 4, 9) })
	fmt.Println(s)
	s = slices.Insert(s, 5, 4)
	fmt.Println("not reached", s)
}

// Output:
// Repeat: cannot be negative (error: false)
// Repeat overflow: the result of (len(x) * count) overflows (error: false)
// Grow: cannot be negative (error: false)
// Min: slices.Min: empty list (error: false)
// Max: slices.Max: empty list (error: false)
// MinFunc: slices.MinFunc: empty list (error: false)
// MaxFunc: slices.MaxFunc: empty list (error: false)
// Delete past end: runtime error: slice bounds out of range [:5:3] (error: true)
// Replace: runtime error: slice bounds out of range [:4] with capacity 3 (error: true)
// [1 2 3]
// Exit: 2
// Stderr: panic: runtime error: slice bounds out of range [5:3]
