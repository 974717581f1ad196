package main

import (
	"context"
	"fmt"
	"sync"
)

// auditLog stores an audit event for every request; events are queued
// so that a request never waits for the store.
type auditLog struct {
	events chan string
	mu     sync.Mutex
	stored []string
}

// run writes queued events to the store until the queue is closed and
// empty. It does not watch the shutdown signal: whoever closes the queue
// decides when no more events can come.
func (a *auditLog) run() {
	for e := range a.events {
		a.mu.Lock()
		a.stored = append(a.stored, e)
		a.mu.Unlock()
	}
}

func (a *auditLog) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.stored)
}

func serve(user string, audit *auditLog) {
	// ... answer the request
	audit.events <- "refund approved for " + user
}

func main() {
	// stands for signal.NotifyContext(context.Background(), syscall.SIGTERM)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	audit := &auditLog{events: make(chan string, 16)}
	written := make(chan struct{})
	go func() {
		defer close(written)
		audit.run()
	}()

	users := []string{"ana", "bo"}
	var inflight sync.WaitGroup
	for _, u := range users {
		inflight.Add(1)
		go func() {
			defer inflight.Done()
			serve(u, audit)
		}()
	}

	go stop() // the orchestrator sends SIGTERM
	<-ctx.Done()
	// Shut down in the order the work flows: requests first, then the
	// queue they write to, then its writer.
	inflight.Wait()
	close(audit.events)
	<-written
	fmt.Println("audit events stored:", audit.count(), "of", len(users))
}
