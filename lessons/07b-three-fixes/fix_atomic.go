package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// counter counts the requests served; every access to n is atomic.
type counter struct {
	n atomic.Int64
}

func (c *counter) inc()         { c.n.Add(1) }
func (c *counter) value() int64 { return c.n.Load() }

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
