// Mutex.TryLock acquires the lock only if it is free and never blocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("first TryLock:", mu.TryLock())
	fmt.Println("second TryLock:", mu.TryLock())
	done := make(chan bool)
	go func() {
		done <- mu.TryLock()
	}()
	fmt.Println("TryLock in goroutine:", <-done)
	mu.Unlock()
	fmt.Println("after Unlock:", mu.TryLock())
	mu.Unlock()
	mu.Lock()
	held := make(chan struct{})
	released := make(chan struct{})
	go func() {
		mu.Lock()
		close(held)
		<-released
		mu.Unlock()
	}()
	mu.Unlock()
	<-held
	fmt.Println("while other holds it:", mu.TryLock())
	close(released)
	mu.Lock()
	fmt.Println("Lock waited until released")
	mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("rw TryRLock:", rw.TryRLock(), "rw TryLock:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("rw TryLock when free:", rw.TryLock())
}

// Output:
// first TryLock: true
// second TryLock: false
// TryLock in goroutine: false
// after Unlock: true
// while other holds it: false
// Lock waited until released
// rw TryRLock: true rw TryLock: false
// rw TryLock when free: true
