// Unlock of an RWMutex that is not write-locked is a fatal error, even when it is read-locked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("write lock taken and released")
	rw.RLock()
	fmt.Println("read-locked; now calling Unlock instead of RUnlock")
	rw.Unlock()
	fmt.Println("unreachable")
}

// Output:
// write lock taken and released
// read-locked; now calling Unlock instead of RUnlock
// Exit: 2
// Stderr: fatal error: sync: Unlock of unlocked RWMutex
