// A 1ns time.AfterFunc whose callback takes the mutex main releases and
// takes again at once: if the timer fires between the two calls, the
// callback gets the lock and main's receive succeeds; if it fires after,
// the callback waits for a lock main holds while main waits for it. Real
// Go shows the deadlock nearly every time; the other order is the one a
// busy machine produces.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	done := make(chan struct{})
	mu.Lock()
	time.AfterFunc(time.Nanosecond, func() {
		mu.Lock()
		close(done)
		mu.Unlock()
	})
	mu.Unlock()
	mu.Lock()
	<-done
	mu.Unlock()
	fmt.Println("ok")
}

// Outcome: exit 0 stdout="ok\n" stderr=""
// Outcome: exit 2 stdout="" stderr="fatal error: all goroutines are asleep - deadlock!"
