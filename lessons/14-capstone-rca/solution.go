package main

import (
	"context"
	"errors"
	"fmt"
)

// shutdown is the server's context. Fix: it is a real cancelCtx made by
// WithCancelCause, so once Done is closed Err is context.Canceled, as the
// Context contract requires, and Stop's reason travels as the cause.
// Requests attach to it directly, without a watcher goroutine.
type shutdown struct {
	context.Context
	cancel context.CancelCauseFunc
}

func newShutdown() *shutdown {
	ctx, cancel := context.WithCancelCause(context.Background())
	return &shutdown{Context: ctx, cancel: cancel}
}

// Stop ends the server's context and records why.
func (s *shutdown) Stop(reason error) {
	s.cancel(reason)
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
	srv := newShutdown()
	replies := make(chan string)
	go serve(srv, 1, replies)

	srv.Stop(errors.New("SIGTERM"))
	fmt.Println(<-replies)
	fmt.Println("server: drained")
}
