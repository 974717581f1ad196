// Checks: a child made inside a function that got ctx by value is still canceled by the caller.
package main

import (
	"context"
	"fmt"
	"sync"
)

// worker receives a copy of the interface value; the copy still points at
// the same context node, so the child it derives is linked to the caller's.
func worker(ctx context.Context, wg *sync.WaitGroup, ready chan<- struct{}) {
	defer wg.Done()
	child, cancel := context.WithCancel(ctx)
	defer cancel()
	ready <- struct{}{}
	<-child.Done()
	fmt.Println("worker's child:", child.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	ready := make(chan struct{})
	wg.Add(1)
	go worker(ctx, &wg, ready)
	<-ready
	fmt.Println("main cancels")
	cancel()
	wg.Wait()
	fmt.Println("worker returned")
}

// Output:
// main cancels
// worker's child: context canceled
// worker returned
