//dojo:synctest
// The same race in testing/synctest's bubble: time moves only when every
// goroutine is blocked, so the sender always goes first.
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
