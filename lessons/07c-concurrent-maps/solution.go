package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	latency = map[string]int{} // last response time of each endpoint, in ms; guarded by mu
)

func observe(path string, ms int, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	defer mu.Unlock()
	latency[path] = ms
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go observe("/", 12, &wg)
	go observe("/login", 30, &wg)
	wg.Wait()
	fmt.Println("endpoints:", len(latency))
}
