// iter.Seq in signatures, and iter.Pull/Pull2: values pulled one at a
// time, stop before the end, and a pulled iterator that panics.
package main

import (
	"fmt"
	"iter"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count done")
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[V any](xs []V) iter.Seq2[int, V] {
	return func(yield func(int, V) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func zip(a, b iter.Seq[int]) []int {
	na, sa := iter.Pull(a)
	defer sa()
	nb, sb := iter.Pull(b)
	defer sb()
	var out []int
	for {
		x, ok1 := na()
		y, ok2 := nb()
		if !ok1 || !ok2 {
			return out
		}
		out = append(out, x*10+y)
	}
}

func main() {
	fmt.Println(zip(Count(3), Count(5)))
	next, stop := iter.Pull2(Enumerate([]string{"a", "b", "c"}))
	i, s, ok := next()
	fmt.Println(i, s, ok)
	stop()
	i, s, ok = next()
	fmt.Println(i, s, ok)
	stop()

	boom := func(yield func(int) bool) {
		yield(1)
		panic("iterator failed")
	}
	n, st := iter.Pull(iter.Seq[int](boom))
	defer st()
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(n())
	fmt.Println(n())
}

// Output:
// count done
// count done
// [0 11 22]
// 0 a true
// 0  false
// 1 true
// recovered: iterator failed
