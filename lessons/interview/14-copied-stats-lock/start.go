package main

import (
	"fmt"
	"sync"
)

// Stats counts responses by status code for the dashboard.
type Stats struct {
	mu     sync.Mutex
	byCode map[int]int
}

func NewStats() *Stats {
	return &Stats{byCode: map[int]int{}}
}

func (s Stats) Record(code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.byCode[code]++
}

func (s *Stats) Count(code int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.byCode[code]
}

func main() {
	stats := NewStats()
	var wg sync.WaitGroup
	for _, code := range []int{200, 503} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stats.Record(code)
		}()
	}
	wg.Wait()
	fmt.Println("200:", stats.Count(200), "503:", stats.Count(503))
}
