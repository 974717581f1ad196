// Bug: publish holds f.mu while sending on an unbuffered channel, and the subscriber takes f.mu (to read the version) before receiving: if publish gets the lock first, both block forever: "fatal error: all goroutines are asleep - deadlock!".
package main

import (
	"fmt"
	"sync"
)

type feed struct {
	mu      sync.Mutex
	version int
	updates chan int
}

// publish records a new version and hands it to the subscriber.
func (f *feed) publish(v int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.version = v
	f.updates <- v // BUG: blocking send while holding f.mu
}

// current returns the latest published version.
func (f *feed) current() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.version
}

func main() {
	f := &feed{updates: make(chan int)}
	go f.publish(1)

	// the subscriber looks at the current version, then waits for an update;
	// if publish already holds f.mu, current() never returns
	seen := f.current()
	got := <-f.updates
	fmt.Println("seen", seen, "got", got)
}

// Outcome: exit 0 stdout="seen 0 got 1\n" stderr=""
// Outcome: exit 2 stdout="" stderr="fatal error: all goroutines are asleep - deadlock!"
// RealGo: 2000 runs; outcome 1 x2000 (first run 1, 0.0s); outcome 2 x0 (not seen in 2000 runs)
