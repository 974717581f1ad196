// A select with a default case, and time.Sleep(0), polled until a
// goroutine's 2ms sleep ends and it closes the channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan struct{})
	go func() {
		time.Sleep(2 * time.Millisecond)
		close(done)
	}()
	for {
		select {
		case <-done:
			fmt.Println("done")
			return
		default:
			time.Sleep(0)
		}
	}
}

// Outcome: exit 0 stdout="done\n" stderr=""
