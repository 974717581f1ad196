package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits atomic.Int64
	once sync.Once
}

type guarded struct {
	sync.Mutex
	n int
}

func report(n atomic.Int64, m sync.Mutex, o sync.Once, r sync.RWMutex) {
	fmt.Println(n.Load())
}

func (g guarded) count() int { return g.n }

func main() {
	var s stats
	s.hits.Add(1)
	t := s
	var g guarded
	arr := [2]sync.Mutex{}
	b := arr
	fmt.Println(t.hits.Load(), g.count(), len(b))
	f := func(w sync.WaitGroup) {}
	_ = f
}

// Vet: 19:15: report passes lock by value: sync/atomic.Int64 contains sync/atomic.noCopy
// Vet: 19:31: report passes lock by value: sync.Mutex
// Vet: 19:45: report passes lock by value: sync.Once contains sync.noCopy
// Vet: 19:58: report passes lock by value: sync.RWMutex
// Vet: 23:9: count passes lock by value: command-line-arguments.guarded
// Vet: 28:7: assignment copies lock value to t: command-line-arguments.stats contains sync/atomic.Int64 contains sync/atomic.noCopy
// Vet: 31:7: assignment copies lock value to b: sync.Mutex
// Vet: 33:14: func passes lock by value: sync.WaitGroup contains sync.noCopy
