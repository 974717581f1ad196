// Fix for reap_double_close.go: Reap checks and sets t.exited while holding t.mu, so exactly one caller closes exitCh and the program never panics.
package main

import (
	"fmt"
	"sync"
)

// Task is a containerd-style task whose exit is announced by closing exitCh.
type Task struct {
	mu     sync.Mutex
	exitCh chan struct{}
	exited bool
}

// Reap marks the task as exited and wakes everyone waiting on exitCh.
func (t *Task) Reap() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.exited { // checked under the lock: the check and the set are atomic
		return
	}
	t.exited = true
	close(t.exitCh)
}

func main() {
	t := &Task{exitCh: make(chan struct{})}

	// the exit event and the shim's wait both try to reap the task
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			t.Reap()
		}()
	}
	wg.Wait()

	<-t.exitCh
	fmt.Println("reaped")
}

// Outcome: exit 0 stdout="reaped\n" stderr=""
// RealGo: 300 runs; outcome 1 x300 (first run 1, 0.0s)
