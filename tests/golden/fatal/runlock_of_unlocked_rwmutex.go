// RUnlock of an RWMutex that is not read-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("two readers")
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("both released")
	rw.RUnlock()
	fmt.Println("unreachable")
}

// Output:
// two readers
// both released
// Exit: 2
// Stderr: fatal error: sync: RUnlock of unlocked RWMutex
