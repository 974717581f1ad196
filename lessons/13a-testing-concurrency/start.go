package main

import (
	"fmt"
	"maps"
	"sync"
)

// Stats counts requests per route. Flush hands a copy to the writer and
// waits until the writer says it has stored it.
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
	defer s.mu.Unlock()
	out <- maps.Clone(s.count)
	<-ack // wait until the writer has stored it
	clear(s.count)
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
	go writer(s, out, ack)

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
}
