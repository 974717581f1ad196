package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
)

// serverContext turns the stop channel into a real *cancelCtx, once.
// One bridge goroutine serves every request derived from it.
func serverContext(stop <-chan struct{}) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-stop
		cancel()
	}()
	return ctx
}

func main() {
	stop := make(chan struct{})
	base := runtime.NumGoroutine()
	server := serverContext(stop)

	// three requests in flight, each with its own cancelable context:
	// each one joins server's children map, no goroutine needed
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
