package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
)

// shutdownCtx adapts the server's stop channel to context.Context.
type shutdownCtx struct {
	context.Context // Background: no deadline, no values
	stop            <-chan struct{}
}

func (s shutdownCtx) Done() <-chan struct{} { return s.stop }
func (s shutdownCtx) Err() error {
	select {
	case <-s.stop:
		return context.Canceled
	default:
		return nil
	}
}

func main() {
	stop := make(chan struct{})
	base := runtime.NumGoroutine()
	server := shutdownCtx{context.Background(), stop}

	// three requests in flight, each with its own cancelable context
	var reqs []context.Context
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithCancel(server)
		defer cancel()
		reqs = append(reqs, ctx)
	}
	helpers := runtime.NumGoroutine() - base
	fmt.Println("helper goroutines for 3 requests:", helpers)

	close(stop) // the server shuts down: every request must see it
	for _, ctx := range reqs {
		<-ctx.Done()
	}
	fmt.Println("all requests canceled:", context.Cause(reqs[0]))

	if helpers > 1 { // the team's goroutine budget, as a leak test would check it
		fmt.Println("FAIL: more than one helper goroutine")
		os.Exit(1)
	}
}
