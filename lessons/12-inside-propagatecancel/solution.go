package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
)

// serverContext turns the stop channel into a real *cancelCtx, once:
// a single bridge goroutine serves every request derived from it.
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
	before := runtime.NumGoroutine()
	server := serverContext(stop)

	// two requests in flight, each with a cancelable context of its own
	a, cancelA := context.WithCancel(server)
	defer cancelA()
	b, cancelB := context.WithCancel(server)
	defer cancelB()
	helpers := runtime.NumGoroutine() - before
	fmt.Println("helper goroutines for 2 requests:", helpers)

	close(stop) // the server shuts down: both requests must notice
	<-a.Done()
	<-b.Done()
	fmt.Println("requests canceled:", a.Err(), b.Err())

	if helpers > 1 { // the team's budget, as a leak test would enforce it
		fmt.Println("FAIL: one helper goroutine per request")
		os.Exit(1)
	}
}
