package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
)

// stopCtx adapts the server's stop channel to context.Context.
type stopCtx struct {
	context.Context // Background: no deadline, no values
	stop            <-chan struct{}
}

func (s stopCtx) Done() <-chan struct{} { return s.stop }
func (s stopCtx) Err() error {
	select {
	case <-s.stop:
		return context.Canceled
	default:
		return nil
	}
}

func main() {
	stop := make(chan struct{})
	before := runtime.NumGoroutine()
	server := stopCtx{context.Background(), stop}

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
