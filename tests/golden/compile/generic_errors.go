package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Zero[T any]() T { var z T; return z }

func Keys[K comparable, V any](m map[K]V) []K { return nil }

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

func main() {
	fmt.Println(Sum("a", "b"))
	fmt.Println(Zero())
	fmt.Println(Keys[[]int, int](nil))
	fmt.Println(Show(3))
	f := Sum
	_ = f
	fmt.Println(Sum(1, 2.5))
	fmt.Println(Sum[int, int](1))
	var n Number
	_ = n
	g := Keys[string]
	_ = g
}

// Error: 24:17: string does not satisfy Number (string missing in ~int | ~float64)
// Error: 25:18: in call to Zero, cannot infer T (declared at ./prog.go:15:11)
// Error: 26:19: []int does not satisfy comparable
// Error: 27:18: int does not satisfy Stringer (missing method String)
// Error: 28:7: cannot use generic function Sum without instantiation
// Error: 31:23: got 2 type arguments but want 1
// Error: 32:8: cannot use type Number outside a type constraint: interface contains type constraints
// Error: 34:11: cannot infer V (declared at ./prog.go:17:25)
