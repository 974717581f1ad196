package main

type List[T comparable] struct {
	next *List[T]
	m    map[T]int
	v    T
}

func (l *List[T]) Has(v T) bool { return l.m[v] > 0 || l.v == v }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	var l List[[]int]
	l.Has([]int{1})
	var p Pair[func(), int]
	_ = p.k == nil
	var q Pair[map[int]int, List[[]string]]
	_ = q
}

// Error: 17:13: []int does not satisfy comparable
// Error: 19:17: func() does not satisfy comparable
// Error: 21:13: map[int]int does not satisfy comparable
// Error: 21:31: []string does not satisfy comparable
