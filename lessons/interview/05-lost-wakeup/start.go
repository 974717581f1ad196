//dojo:synctest
package main

import (
	"fmt"
	"strconv"
	"sync"
	"time"
)

// warmup lets request handlers wait until the cache has been warmed.
type warmup struct {
	mu   sync.Mutex
	cond *sync.Cond
}

func newWarmup() *warmup {
	w := &warmup{}
	w.cond = sync.NewCond(&w.mu)
	return w
}

// Finished wakes every handler that waits for the warm-up.
func (w *warmup) Finished() {
	w.mu.Lock()
	w.cond.Broadcast()
	w.mu.Unlock()
}

// Wait blocks the caller until the warm-up has finished.
func (w *warmup) Wait() {
	w.mu.Lock()
	w.cond.Wait()
	w.mu.Unlock()
}

func main() {
	w := newWarmup()
	var handlers sync.WaitGroup
	for i := 1; i <= 2; i++ {
		handlers.Add(1)
		go func() {
			defer handlers.Done()
			w.Wait() // never serve from a cold cache
		}()
	}

	cache := make(map[string]int)
	for i := 0; i < 100; i++ { // warm-up got much faster last release
		cache["sku-"+strconv.Itoa(i)] = i
	}
	w.Finished()

	ready := make(chan struct{})
	go func() {
		handlers.Wait()
		close(ready)
	}()
	select {
	case <-ready:
		fmt.Println("pod ready,", len(cache), "entries cached")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("readiness probe timed out")
	}
}
