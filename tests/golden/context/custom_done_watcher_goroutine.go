// Checks: WithCancel on a custom Context with its own Done channel starts one watcher goroutine.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// stopper is a Context whose Done channel the context package does not know.
type stopper struct {
	context.Context
	ch chan struct{}
}

func (s stopper) Done() <-chan struct{} { return s.ch }
func (s stopper) Err() error {
	select {
	case <-s.ch:
		return context.Canceled
	default:
		return nil
	}
}

// settle waits (briefly) until n goroutines exist, then returns the count.
func settle(n int) int {
	for i := 0; i < 100 && runtime.NumGoroutine() != n; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	base := runtime.NumGoroutine()
	parent := stopper{context.Background(), make(chan struct{})}
	child, cancel := context.WithCancel(parent)
	defer cancel()
	fmt.Println("extra goroutines after WithCancel:", settle(base+1)-base)

	close(parent.ch) // the watcher sees it and cancels the child
	<-child.Done()
	fmt.Println("child:", child.Err())
	fmt.Println("extra goroutines after parent closed:", settle(base)-base)
}

// Output:
// extra goroutines after WithCancel: 1
// child: context canceled
// extra goroutines after parent closed: 0
