//dojo:synctest
package main

import (
	"fmt"
	"sync"
)

// Task mimics a containerd task: exitCh is closed once the process is gone.
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

// Reap records the exit and wakes every Wait. The shim's exit event and
// `ctr delete` may both call it, at the same time.
func (t *Task) Reap() {
	if t.Exited() { // check, under the lock...
		return
	}
	t.mu.Lock() // ...then act, under the lock again
	t.exited = true
	close(t.exitCh)
	t.mu.Unlock()
}

// Wait blocks until the task is reaped, however long that takes.
func (t *Task) Wait() error {
	<-t.exitCh
	return nil
}

func main() {
	t := &Task{exitCh: make(chan struct{})}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); t.Reap() }() // exit event from the shim
	go func() { defer wg.Done(); t.Reap() }() // `ctr delete` cleaning up
	fmt.Println("task 1:", t.Wait())
	wg.Wait()

	// a task whose shim died: nobody will ever reap it
	lost := &Task{exitCh: make(chan struct{})}
	fmt.Println("task 2:", lost.Wait())
}
