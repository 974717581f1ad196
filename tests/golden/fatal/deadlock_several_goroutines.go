// When every goroutine is blocked, the deadlock report lists each one with its own wait reason.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	never := make(chan int)
	silent := make(chan int)
	started := make(chan string)
	mu.Lock()
	wg.Add(3)
	go func() {
		started <- "locker"
		mu.Lock()
		wg.Done()
	}()
	go func() {
		started <- "sender"
		never <- 1
		wg.Done()
	}()
	go func() {
		started <- "receiver"
		<-silent
		wg.Done()
	}()
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("all three started; main waits")
	wg.Wait()
}

// Output:
// all three started; main waits
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: chan receive; chan send; sync.Mutex.Lock; sync.WaitGroup.Wait
