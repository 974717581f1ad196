// Generic functions and types used with the wrong type arguments.
package main

type number interface{ ~int | ~float64 }

func sum[T number](xs []T) T {
	var t T
	return t
}

type stack[T any] struct{ items []T }

func first[K comparable, V any](m map[K]V) V {
	var v V
	return v
}

func main() {
	_ = sum( /* ERROR "string does not satisfy number (string missing in ~int | ~float64)" */[]string{"a"})
	_ = sum[int, int /* ERROR "got 2 type arguments but want 1" */]([]int{1})
	var s stack /* ERROR "cannot use generic type stack[T any] without instantiation" */
	_ = s
	var t stack /* ERROR "too many type arguments for type stack: have 2, want 1" */[int, string]
	_ = t
	_ = first[[ /* ERROR "[]int does not satisfy comparable" */]int, int]
	x := sum /* ERROR "cannot use generic function sum without instantiation" */
	_ = x
}
