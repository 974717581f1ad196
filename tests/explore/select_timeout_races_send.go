// A one-millisecond timeout against a goroutine about to send: real Go
// prints "got 42" essentially always, but any step can take a
// millisecond, so the timeout may win, and then the sender is left
// blocked when main returns (or has not sent yet).
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int)
	go func() {
		results <- 42
	}()
	select {
	case v := <-results:
		fmt.Println("got", v)
	case <-time.After(time.Millisecond):
		fmt.Println("timeout")
	}
}

// Outcome: exit 0 stdout="got 42\n" stderr=""
// Outcome: exit 0 stdout="timeout\n" stderr=""
// Outcome: exit 0 stdout="timeout\n" stderr="" leaked=1
