package main

import (
	"fmt"
	"sync"
)

// counter counts the requests served; mu guards n.
type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

// value is only read, so it skips the lock.
func (c *counter) value() int {
	return c.n
}

func handle(c *counter, wg *sync.WaitGroup) {
	defer c.inc() // count the request once it has been served
	defer wg.Done()
	// ... serve the request ...
}

func main() {
	var c counter
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go handle(&c, &wg)
	}
	if c.value() > 1000 { // the alerting check, while requests are in flight
		fmt.Println("alert: traffic spike")
	}
	wg.Wait()
	fmt.Println("served:", c.n) // every handler is done: no lock needed
}
