package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// shutdown is the server's own Context: Stop ends it, with a reason.
type shutdown struct {
	context.Context // Background: no deadline, no values
	done            chan struct{}
	mu              sync.Mutex
	reason          error
}

func (s *shutdown) Done() <-chan struct{} { return s.done }

func (s *shutdown) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reason
}

// Stop ends the server's context and records why.
func (s *shutdown) Stop(reason error) {
	close(s.done)
	s.mu.Lock()
	s.reason = reason
	s.mu.Unlock()
	fmt.Println("server: stopping:", reason)
}

// serve handles one request; the request's context ends with the server.
func serve(srv context.Context, id int, replies chan<- string) {
	ctx, cancel := context.WithCancel(srv)
	defer cancel()
	<-ctx.Done() // ... the request's work would select on this ...
	// what handlers and middleware test, and the reason they log
	canceled := errors.Is(ctx.Err(), context.Canceled)
	replies <- fmt.Sprintf("request %d: canceled=%v cause=%v", id, canceled, context.Cause(ctx))
}

func main() {
	srv := &shutdown{Context: context.Background(), done: make(chan struct{})}
	replies := make(chan string)
	go serve(srv, 1, replies)

	srv.Stop(errors.New("SIGTERM"))
	fmt.Println(<-replies)
	fmt.Println("server: drained")
}
