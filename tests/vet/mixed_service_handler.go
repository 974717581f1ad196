package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// A small service with several of the mistakes vet reports at once.
type server struct {
	mu       sync.Mutex
	requests int64
	cache    map[string]string
}

func (s *server) handle(parent context.Context, key string) string {
	ctx, _ := context.WithTimeout(parent, time.Second)
	s.requests = atomic.AddInt64(&s.requests, 1)
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-ctx.Done():
		return ""
	default:
		return s.cache[key]
	}
}

func report(s server) {
	fmt.Println(s.requests)
}

func main() {
	s := &server{cache: map[string]string{"a": "b"}}
	fmt.Println(s.handle(context.Background(), "a"))
	report(*s)
}

// Vet: 19:7: the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak
// Vet: 20:2: direct assignment to atomic value
// Vet: 31:15: report passes lock by value: command-line-arguments.server contains sync.Mutex
// Vet: 38:9: call of report copies lock value: command-line-arguments.server contains sync.Mutex
