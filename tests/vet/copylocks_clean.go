package main

import (
	"fmt"
	"sync"
)

// Locks shared through pointers, and values copied before first use of
// a lock-free type: nothing to report.
type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func show(c *counter) { fmt.Println(c.n) }

func main() {
	c := &counter{}
	c.inc()
	show(c)
	counters := []*counter{c}
	for _, x := range counters {
		show(x)
	}
}

// Vet: clean
