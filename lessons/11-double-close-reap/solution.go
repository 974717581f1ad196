package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Task is a containerd-style task: exitCh is closed when the process is gone.
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

// Reap records the exit and releases every Wait. Safe to call any number
// of times, from any number of goroutines.
func (t *Task) Reap() {
	t.mu.Lock()
	t.exited = true
	t.mu.Unlock()
	t.closeOnce.Do(func() { close(t.exitCh) })
}

// Wait blocks until the task is reaped or ctx is done, whichever is first.
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
	fmt.Println("task:", t.Wait(ctx))
	wg.Wait()

	// a task whose process never exits: Wait gives up instead of hanging
	stuck := &Task{exitCh: make(chan struct{})}
	fmt.Println("stuck task:", stuck.Wait(ctx))
}
