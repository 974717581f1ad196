// Generic types: methods on them, recursive instances, several type
// parameters, and how fmt writes their values and names.
package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Cache[K comparable, V any] struct {
	data map[K]V
	hits chan Pair[K, V]
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, hits: make(chan Pair[K, V], 4)}
}

func (c *Cache[K, V]) Put(k K, v V) { c.data[k] = v }

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	if ok {
		c.hits <- Pair[K, V]{k, v}
	}
	return v, ok
}

type Point struct{ X, Y int }

type Len interface{ Len() int }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, err := s.Pop()
	fmt.Println(v, err, s.Len())
	_, _ = s.Pop()
	_, err = s.Pop()
	fmt.Println(err)
	var l Len = s
	fmt.Println(l.Len())

	var ls List[int]
	for i := range 3 {
		ls.Push(i)
	}
	fmt.Println(ls.All(), ls.size)

	p := Pair[string, Point]{"origin", Point{}}
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	fmt.Printf("%T %T\n", &s, []Pair[int, bool]{})
	fmt.Printf("%#v\n", Pair[int, string]{1, "x"}.Key)

	c := NewCache[string, int]()
	c.Put("a", 1)
	got, ok := c.Get("a")
	_, missing := c.Get("b")
	fmt.Println(got, ok, missing, <-c.hits)
	fmt.Printf("%T\n", c)
}

// Output:
// b <nil> 1
// empty stack
// 0
// [2 1 0] 3
// origin={0 0}|origin={0 0}|main.Pair[string,main.Point]
// *main.Stack[string] []main.Pair[int,bool]
// 1
// 1 true false a=1
// *main.Cache[string,int]
