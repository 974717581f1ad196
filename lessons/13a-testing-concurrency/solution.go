package main

import (
	"fmt"
	"sync"
)

// Stats counts requests per route. Flush hands the counts to the writer and
// waits until the writer says it has stored them.
type Stats struct {
	mu    sync.Mutex
	count map[string]int
}

func (s *Stats) Record(route string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.count[route]++
}

func (s *Stats) Flush(out chan<- map[string]int, ack <-chan struct{}) {
	s.mu.Lock()
	snap := s.count // take the counts and start afresh, under the lock...
	s.count = map[string]int{}
	s.mu.Unlock()
	out <- snap // ...and wait for the writer only once the lock is free
	<-ack
}

// writer stores each snapshot, counts its own work, and acknowledges.
func writer(s *Stats, out <-chan map[string]int, ack chan<- struct{}) {
	for snap := range out {
		fmt.Println("stored", len(snap), "routes")
		s.Record("flush")
		ack <- struct{}{}
	}
}

func main() {
	s := &Stats{count: map[string]int{}}
	out := make(chan map[string]int)
	ack := make(chan struct{})
	var writers sync.WaitGroup
	writers.Add(1)
	go func() {
		defer writers.Done()
		writer(s, out, ack)
	}()

	s.Record("GET /")
	s.Record("GET /items")

	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the periodic flush, here just once
		defer wg.Done()
		s.Flush(out, ack)
	}()
	wg.Wait()
	fmt.Println("flushed")

	close(out) // no more flushes: let the writer finish
	writers.Wait()
}
