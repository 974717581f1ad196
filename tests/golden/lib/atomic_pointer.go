// atomic.Pointer[T] starts nil and loads, stores, swaps and compare-and-swaps *T atomically, also when goroutines race to publish.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type settings struct {
	version int
	name    string
}

func main() {
	var p atomic.Pointer[settings]
	fmt.Println(p.Load() == nil)

	// CompareAndSwap from the zero value with old == nil succeeds once.
	first := &settings{1, "first"}
	fmt.Println(p.CompareAndSwap(nil, first), p.CompareAndSwap(nil, first))
	fmt.Println(*p.Load(), p.Load() == first)

	// A different pointer to an equal value is not old.
	fmt.Println(p.CompareAndSwap(&settings{1, "first"}, &settings{9, "x"}), p.Load().version)

	second := &settings{2, "second"}
	old := p.Swap(second)
	fmt.Println(old == first, *p.Load())

	// Storing nil is allowed and Load then returns nil; CAS from nil works.
	p.Store(nil)
	fmt.Println(p.Load() == nil, p.Swap(first) == nil, p.Load().name)
	p.Store(nil)
	fmt.Println(p.CompareAndSwap(nil, second), p.Load().name)
	fmt.Println(p.CompareAndSwap(second, nil), p.Load() == nil)

	// Swap on an empty Pointer returns nil.
	var q atomic.Pointer[int]
	n := 5
	fmt.Println(q.Swap(&n) == nil, *q.Load())

	// Goroutines bump a copy-on-write counter with a CAS loop: no update
	// is lost.
	var cur atomic.Pointer[settings]
	cur.Store(&settings{0, "counter"})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			for j := 0; j < 25; j++ {
				for {
					o := cur.Load()
					if cur.CompareAndSwap(o, &settings{o.version + 1, o.name}) {
						break
					}
				}
			}
		})
	}
	wg.Wait()
	fmt.Println(*cur.Load())

	// Many goroutines race to publish; exactly one wins.
	var winner atomic.Pointer[int]
	wins := make(chan bool, 10)
	for i := 0; i < 10; i++ {
		v := i
		wg.Go(func() { wins <- winner.CompareAndSwap(nil, &v) })
	}
	wg.Wait()
	close(wins)
	count := 0
	for w := range wins {
		if w {
			count++
		}
	}
	fmt.Println("winners:", count, winner.Load() != nil)
}

// Output:
// true
// true false
// {1 first} true
// false 1
// true {2 second}
// true true first
// true second
// true true
// true 5
// {200 counter}
// winners: 1 true
