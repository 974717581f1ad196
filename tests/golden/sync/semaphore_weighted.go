// semaphore.Weighted bounds concurrency; waiters are served in order, so a queued large request blocks later small ones, and a done context wins.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()

	// Six workers through a semaphore of three units.
	sem := semaphore.NewWeighted(3)
	var mu sync.Mutex
	running, most := 0, 0
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := sem.Acquire(ctx, 1); err != nil {
				panic(err)
			}
			mu.Lock()
			running++
			most = max(most, running)
			mu.Unlock()
			mu.Lock()
			running--
			mu.Unlock()
			sem.Release(1)
		}()
	}
	wg.Wait()
	fmt.Println("at most three at once:", most <= 3, "all free:", sem.TryAcquire(3))
	sem.Release(3)

	// FIFO: a waiter for two units holds back a later request for one.
	s := semaphore.NewWeighted(2)
	s.Acquire(ctx, 2)
	got := make(chan string)
	go func() {
		s.Acquire(ctx, 2)
		got <- "big"
	}()
	// TryAcquire(0) fails exactly when somebody is queued. (The Dojo runs
	// this program in a synctest bubble, see below main, where a Sleep ends
	// only once every other goroutine is blocked, so the loop cannot spin.)
	for s.TryAcquire(0) {
		time.Sleep(time.Millisecond)
	}
	s.Release(1)
	fmt.Println("one unit free, but a waiter is first:", s.TryAcquire(1))
	s.Release(1)
	fmt.Println(<-got, "got both units")
	s.Release(2)

	// A context that is already done wins even if units are free.
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	fmt.Println("canceled:", s.Acquire(canceled, 1))

	// More than the size can never be granted: it waits for the context.
	short, stop := context.WithTimeout(ctx, 5*time.Millisecond)
	defer stop()
	fmt.Println("too big:", s.Acquire(short, 3))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Release(1)
	}()
}

//dojo:synctest
// Time as in testing/synctest: the polling Sleep lets the queued Acquire block first.

// Output:
// at most three at once: true all free: true
// one unit free, but a waiter is first: false
// big got both units
// canceled: context canceled
// too big: context deadline exceeded
// recovered: semaphore: released more than held
