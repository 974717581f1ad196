// A heartbeat timer reset on every message detects when a sender goes quiet.
package main

import (
	"fmt"
	"time"
)

func main() {
	msgs := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(10 * time.Millisecond)
			msgs <- i
		}
	}()
	idle := time.NewTimer(60 * time.Millisecond)
	defer idle.Stop()
	for {
		select {
		case m := <-msgs:
			fmt.Println("message", m)
			idle.Reset(60 * time.Millisecond)
		case <-idle.C:
			fmt.Println("idle timeout, stopping")
			return
		}
	}
}

// Output:
// message 1
// message 2
// message 3
// idle timeout, stopping
