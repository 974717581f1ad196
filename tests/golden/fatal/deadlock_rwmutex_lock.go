// RWMutex.Lock waits for all readers, so upgrading a held read lock to a write lock deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	counts := map[string]int{}
	mu.RLock()
	if counts["x"] == 0 {
		fmt.Println("upgrading read lock to write lock")
		mu.Lock()
		counts["x"] = 1
		mu.Unlock()
	}
	mu.RUnlock()
}

// Output:
// upgrading read lock to write lock
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: sync.RWMutex.Lock
