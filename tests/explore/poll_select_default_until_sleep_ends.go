// A select with a default polls, sleeping 0 each time, until a goroutine
// that sleeps 1ms sends: in Go time passes while main spins, so it ends.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(time.Millisecond)
		ch <- 1
	}()
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
			return
		default:
			time.Sleep(0)
		}
	}
}

// Outcome: exit 0 stdout="got 1\n" stderr=""
