package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu    sync.Mutex
	items map[string]int
}

// A value receiver locks a copy, so the lock protects nothing.
func (c cache) get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.items[k]
}

func main() {
	c := cache{items: map[string]int{"a": 1}}
	fmt.Println(c.get("a"))
}

// Vet: 14:9: get passes lock by value: command-line-arguments.cache contains sync.Mutex
