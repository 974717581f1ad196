// RLock blocks while the same goroutine holds the write lock.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func (c *Cache) Get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.data[k]
}

func (c *Cache) SetIfMissing(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.Get(k) == "" {
		c.data[k] = v
	}
}

func main() {
	c := &Cache{data: map[string]string{}}
	fmt.Println("setting")
	c.SetIfMissing("a", "1")
}

// Output:
// setting
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: sync.RWMutex.RLock
