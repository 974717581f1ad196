//dojo:synctest
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Task mimics a containerd task: exitCh is closed once the process is gone.
type Task struct {
	mu        sync.Mutex
	exitCh    chan struct{}
	exited    bool
	closeOnce sync.Once
}

func (t *Task) Exited() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.exited
}

// Reap records the exit and wakes every Wait. Any number of callers,
// concurrent or not: the close happens exactly once.
func (t *Task) Reap() {
	t.mu.Lock()
	t.exited = true
	t.mu.Unlock()
	t.closeOnce.Do(func() { close(t.exitCh) })
}

// Wait blocks until the task is reaped or ctx gives up, whichever is first.
func (t *Task) Wait(ctx context.Context) error {
	select {
	case <-t.exitCh:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()

	t := &Task{exitCh: make(chan struct{})}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); t.Reap() }() // exit event from the shim
	go func() { defer wg.Done(); t.Reap() }() // `ctr delete` cleaning up
	fmt.Println("task 1:", t.Wait(ctx))
	wg.Wait()

	// a task whose shim died: nobody will ever reap it
	lost := &Task{exitCh: make(chan struct{})}
	fmt.Println("task 2:", lost.Wait(ctx))
}
