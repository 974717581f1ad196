// sync.Once, OnceFunc, WaitGroup.Go, Mutex, RWMutex and Cond.
package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

type counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	var once sync.Once
	calls := 0
	try("once panic", func() { once.Do(func() { calls++; panic("first") }) })
	once.Do(func() { calls++ })
	fmt.Println("calls after panic:", calls)

	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { fmt.Println("o2 ran", i) })
	}

	n := 0
	f := sync.OnceFunc(func() { n++; fmt.Println("f body", n) })
	f()
	f()
	fmt.Println("n =", n)

	pn := 0
	g := sync.OnceFunc(func() { pn++; panic(fmt.Sprint("boom ", pn)) })
	for i := 0; i < 3; i++ {
		try(fmt.Sprint("g call ", i), g)
	}
	h := sync.OnceFunc(func() { panic(fmt.Errorf("err value")) })
	try("h1", h)
	try("h2", h)

	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := range 10 {
		wg.Go(func() { results[i] = i * i })
	}
	wg.Wait()
	fmt.Println(results)

	var c counter
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			c.mu.Lock()
			c.n++
			c.mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("counter", c.n, c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("trylock while read-locked:", rw.TryLock(), "tryrlock:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("trylock:", rw.TryLock(), "tryrlock:", rw.TryRLock())
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("rlocker holds a read lock:", !rw.TryLock())
	rl.Unlock()

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			ready++
			cond.Wait()
			mu.Unlock()
			done <- 1
		}()
	}
	for {
		mu.Lock()
		r := ready
		mu.Unlock()
		if r == 3 {
			break
		}
	}
	mu.Lock()
	cond.Signal()
	mu.Unlock()
	<-done
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()
	<-done
	<-done
	fmt.Println("cond done", cond.L == &mu)
	cond.Signal()
	cond.Broadcast()

	var zero sync.Mutex
	var zrw sync.RWMutex
	var zwg sync.WaitGroup
	var zonce sync.Once
	fmt.Printf("%v %v %v %v\n", zero, zrw, zwg, zonce)
	var l sync.Locker = &zero
	l.Lock()
	l.Unlock()

	wg.Go(func() { panic("in WaitGroup.Go") })
	wg.Wait()
	fmt.Println("not reached")
}
