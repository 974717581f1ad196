package main

import (
	"fmt"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (c *Cache[K, V]) Get(k K) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var c Cache[[]int, string]
	var d Cache[string]
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(c.Get("x"), d)
	var e Cache[string, int]
	e.Put("a", 1)
	x := Sum[int]([]float64{1})
	fmt.Println(x)
	for i := range 3 {
		i = "a"
	}
	var f func() = nil
	if f == nil {
	}
	go fmt.Println
	var ch chan int
	ch <- "s"
	v := <-ch + "a"
	_ = v
}

// Error: 28:14: []int does not satisfy comparable
// Error: 29:8: not enough type arguments for type Cache: have 1, want 2
// Error: 30:17: string does not satisfy int | float64 (string missing in int | float64)
// Error: 31:20: cannot use "x" (untyped string constant) as []int value in argument to c.Get
// Error: 33:4: e.Put undefined (type Cache[string, int] has no field or method Put)
// Error: 34:16: cannot use []float64{…} (value of type []float64) as []int value in argument to Sum[int]
// Error: 37:7: cannot use "a" (untyped string constant) as int value in assignment
// Error: 42:5: expression in go must be function call
// Error: 44:8: cannot use "s" (untyped string constant) as int value in send
// Error: 45:7: invalid operation: <-ch + "a" (mismatched types int and untyped string)
// Error: 45:7: too many errors
