package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Config is never modified after it is published, only replaced whole.
type Config struct {
	Upstream  string
	RateLimit int
}

// Server reads its settings on every request; the file watcher swaps in
// a new Config when an operator edits the file.
type Server struct {
	cfg atomic.Value // always a *Config; atomic.Pointer[Config] in Go 1.19+
}

func (s *Server) Reload(upstream string, limit int) {
	s.cfg.Store(&Config{Upstream: upstream, RateLimit: limit})
}

// Handle loads the pointer once, so one request never mixes two configs.
func (s *Server) Handle(id int) string {
	cfg := s.cfg.Load().(*Config)
	return fmt.Sprintf("req %d -> %s, limit %d/s", id, cfg.Upstream, cfg.RateLimit)
}

func main() {
	s := &Server{}
	s.Reload("10.0.0.1", 100)

	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // the file watcher picks up an edit
		defer wg.Done()
		s.Reload("10.0.0.2", 50)
	}()
	go func() { // a request arrives meanwhile
		defer wg.Done()
		fmt.Println(s.Handle(1))
	}()
	wg.Wait()
	fmt.Println(s.Handle(2))
}
