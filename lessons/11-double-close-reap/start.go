package main

import (
	"fmt"
	"sync"
)

// Task is a containerd-style task: exitCh is closed when the process is gone.
type Task struct {
	mu     sync.Mutex
	exitCh chan struct{}
	exited bool
}

func (t *Task) Exited() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.exited
}

// Reap records the exit and releases every Wait. It may be called by the
// exit-event handler and by the delete path, concurrently.
func (t *Task) Reap() {
	if t.Exited() { // check...
		return
	}
	// ...the lock was released in between...
	t.mu.Lock() // ...then act
	t.exited = true
	close(t.exitCh)
	t.mu.Unlock()
}

// Wait blocks until the task is reaped -- however long that takes.
func (t *Task) Wait() {
	<-t.exitCh
}

func main() {
	t := &Task{exitCh: make(chan struct{})}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); t.Reap() }() // exit event from the shim
	go func() { defer wg.Done(); t.Reap() }() // `ctr delete` cleaning up

	t.Wait()
	wg.Wait()
	fmt.Println("task reaped")
}
