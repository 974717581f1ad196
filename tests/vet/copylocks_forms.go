package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c Counter) Value() int { return c.n }

func show(c Counter) { fmt.Println(c.n) }

func snapshot(c *Counter) Counter { return *c }

func main() {
	var c Counter
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	d := c
	show(d)
	list := []Counter{c}
	for _, x := range list {
		fmt.Println(x.n)
	}
	e := snapshot(&c)
	fmt.Println(c.Value(), e.n)
}

// Vet: 13:9: Value passes lock by value: command-line-arguments.Counter contains sync.Mutex
// Vet: 15:13: show passes lock by value: command-line-arguments.Counter contains sync.Mutex
// Vet: 17:44: return copies lock value: command-line-arguments.Counter contains sync.Mutex
// Vet: 24:7: assignment copies lock value to d: command-line-arguments.Counter contains sync.Mutex
// Vet: 25:7: call of show copies lock value: command-line-arguments.Counter contains sync.Mutex
// Vet: 26:20: literal copies lock value from c: command-line-arguments.Counter contains sync.Mutex
// Vet: 27:9: range var x copies lock: command-line-arguments.Counter contains sync.Mutex
