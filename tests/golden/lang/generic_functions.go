// Generic functions: inference from typed arguments, from untyped
// constants (the largest default type wins), from a constraint's core type,
// explicit instantiation, and an instance used as a function value.
package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

type Ordered interface {
	~int | ~string | ~float64
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() T {
	var z T
	return z
}

type Celsius float64

type ID int

func (i ID) String() string { return "id-" + strconv.Itoa(int(i)) }

type Stringer interface{ String() string }

func Join[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

type Ints []int

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1, 2.5), Sum[Celsius](20, 1.5))
	fmt.Printf("%T %T\n", Sum(1, 2.5), Sum[Celsius](1))
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa), Map([]string{"a"}, func(s string) int { return len(s) }))
	evens := Filter(Ints{1, 2, 3, 4}, func(i int) bool { return i%2 == 0 })
	fmt.Printf("%v %T\n", evens, evens)
	fmt.Println(Max(3, 7), Max("go", "rust"), Max[float64](1, 2.5))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]ID{4, 5}, 6))
	p := Ptr(41)
	*p++
	fmt.Println(*p, Zero[string]() == "", Zero[*int]() == nil, Zero[[2]bool]())
	fmt.Println(Join([]ID{1, 2, 3}))
	maxInt := Max[int]
	fmt.Printf("%d %T\n", maxInt(4, 9), maxInt)
}

// Output:
// 6 3.5 21.5
// float64 main.Celsius
// [1 2 3] [1]
// [2 4] main.Ints
// 7 rust 2.5
// 1 -1
// 42 true true [false false]
// id-1,id-2,id-3
// 9 func(int, int) int
