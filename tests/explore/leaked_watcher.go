// Bug: a goroutine waits on <-ctx.Done() of a context whose cancel is never called, so it stays blocked forever: the program exits 0 but leaks the watcher goroutine.
package main

import (
	"context"
	"fmt"
)

// watch waits until ctx is canceled, then cleans up.
func watch(ctx context.Context, name string) {
	<-ctx.Done()
	fmt.Println(name, "watcher stopped")
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = cancel // BUG: cancel is never called (go vet's lostcancel would flag `ctx, _ :=`)

	go watch(ctx, "config")

	// main does its job and returns; the watcher is never released, so it
	// never prints and is still blocked (or not yet started) at exit
	fmt.Println("main done")
}

// Outcome: exit 0 stdout="main done\n" stderr=""
// Outcome: exit 0 stdout="main done\n" stderr="" leaked=1
// RealGo: 300 runs; outcome 1 x300 (first run 1, 0.0s)
