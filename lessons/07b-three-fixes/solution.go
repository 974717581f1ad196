package main

import (
	"fmt"
	"sync"
)

// counter counts the requests served; mu guards n, for readers too.
type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *counter) value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func handle(c *counter, wg *sync.WaitGroup) {
	defer wg.Done() // deferred first, so it runs last
	defer c.inc()
	// ... serve the request ...
}

func main() {
	var c counter
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go handle(&c, &wg)
	}
	if c.value() > 1000 {
		fmt.Println("alert: traffic spike")
	}
	wg.Wait()
	fmt.Println("served:", c.value())
}
