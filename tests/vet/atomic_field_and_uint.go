package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	reqs  uint64
	bytes int32
}

// The result of the atomic add is stored back into the same place.
func main() {
	var s stats
	s.reqs = atomic.AddUint64(&s.reqs, 1)
	s.bytes = atomic.AddInt32(&s.bytes, 10)
	fmt.Println(s.reqs, s.bytes)
}

// Vet: 16:2: direct assignment to atomic value
// Vet: 17:2: direct assignment to atomic value
