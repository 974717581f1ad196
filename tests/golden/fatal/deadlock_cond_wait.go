// Cond.Wait without any goroutine left to Signal or Broadcast blocks forever.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("worker forgets to set ready and signal")
		mu.Unlock()
		done <- true
	}()
	<-done
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
}

// Output:
// worker forgets to set ready and signal
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: sync.Cond.Wait
