//dojo:synctest
package main

import (
	"fmt"
	"time"
)

// peer streams catalogue updates, one every 40 ms, until it has sent
// them all or done is closed.
func peer(updates chan<- string, done <-chan struct{}, count int) {
	defer close(updates)
	for i := 1; i <= count; i++ {
		select {
		case updates <- fmt.Sprint("item-", i):
		case <-done:
			return
		}
		time.Sleep(40 * time.Millisecond)
	}
}

// syncRound applies updates for at most 100 ms, then leaves the rest for
// the next round. The deadline is set once, before the loop: a
// time.After inside the select starts a new 100 ms with every update.
func syncRound(updates <-chan string) int {
	deadline := time.After(100 * time.Millisecond)
	applied := 0
	for {
		select {
		case _, ok := <-updates:
			if !ok {
				return applied
			}
			applied++
		case <-deadline:
			return applied
		}
	}
}

func main() {
	updates := make(chan string)
	done := make(chan struct{})
	go peer(updates, done, 6)
	fmt.Println("applied", syncRound(updates), "updates this round")
	close(done)
	for range updates {
	}
}
