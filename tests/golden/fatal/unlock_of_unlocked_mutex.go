// Unlocking an unlocked sync.Mutex is a fatal error, not a panic.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked")
	mu.Unlock()
	fmt.Println("unlocked")
	mu.Unlock()
	fmt.Println("unreachable")
}

// Output:
// locked
// unlocked
// Exit: 2
// Stderr: fatal error: sync: unlock of unlocked mutex
