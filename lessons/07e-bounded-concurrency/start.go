//dojo:synctest
package main

import (
	"fmt"
	"sync"
	"time"
)

// limit is how many requests the upstream API allows at once; pages is
// how many pages there are to fetch.
const (
	limit = 2
	pages = 4
)

// fetchAll fetches pages 0 to pages-1 and returns once every one is done.
//
// TODO: this starts every fetch at once. Never run more than limit
// fetches at the same time: use a semaphore (a buffered channel with room
// for limit tokens) or a pool of limit workers.
func fetchAll() {
	var wg sync.WaitGroup
	for i := range pages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fetch(i)
		}()
	}
	wg.Wait()
}

func main() {
	start := time.Now()
	fetchAll()
	report(time.Since(start))
}

// ---- the harness: you do not need to change anything below ----

var (
	mu      sync.Mutex
	running int // fetches in progress
	fetched int // bit i is set once page i has been fetched
)

// fetch downloads page i, which takes 10ms. It panics if it would be one
// fetch too many, or if page i was fetched before.
func fetch(i int) {
	mu.Lock()
	running++
	if running > limit {
		panic(fmt.Sprintf("%d fetches at once, the limit is %d", running, limit))
	}
	if fetched&(1<<i) != 0 {
		panic(fmt.Sprintf("page %d fetched twice", i))
	}
	fetched |= 1 << i
	mu.Unlock()

	time.Sleep(10 * time.Millisecond) // the download

	mu.Lock()
	running--
	mu.Unlock()
}

// report says how many pages were fetched, and how long that took.
func report(took time.Duration) {
	mu.Lock()
	defer mu.Unlock()
	n := 0
	for i := range pages {
		if fetched&(1<<i) != 0 {
			n++
		}
	}
	fmt.Printf("fetched %d of %d pages in %v\n", n, pages, took.Round(10*time.Millisecond))
}
