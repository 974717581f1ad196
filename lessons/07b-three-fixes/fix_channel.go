package main

import (
	"fmt"
	"sync"
)

// counter keeps n inside a channel with room for one value: whoever has
// taken it out owns it, and nobody else can touch it until it is put back.
type counter struct {
	n chan int
}

func newCounter() *counter {
	c := &counter{n: make(chan int, 1)}
	c.n <- 0
	return c
}

func (c *counter) inc() {
	n := <-c.n
	c.n <- n + 1
}

func (c *counter) value() int {
	n := <-c.n
	c.n <- n
	return n
}

func handle(c *counter, wg *sync.WaitGroup) {
	defer wg.Done() // deferred first, so it runs last
	defer c.inc()
	// ... serve the request ...
}

func main() {
	c := newCounter()
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go handle(c, &wg)
	}
	if c.value() > 1000 {
		fmt.Println("alert: traffic spike")
	}
	wg.Wait()
	fmt.Println("served:", c.value())
}
