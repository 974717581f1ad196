// Sleeping goroutines are not deadlocked; the deadlock is reported once the last sleeper finishes.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("sleeper finished without sending")
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		ch <- 1
	}()
	fmt.Println("received", <-ch)
	fmt.Println("received", <-ch)
}

// Output:
// received 1
// sleeper finished without sending
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: chan receive
