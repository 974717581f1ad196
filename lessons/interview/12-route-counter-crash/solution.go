package main

import (
	"fmt"
	"log"
	"sync"
)

// hits counts requests per route for the /debug/stats page; mu guards it.
var (
	mu   sync.Mutex
	hits = map[string]int{}
)

func handle(route string) {
	mu.Lock()
	hits[route]++
	mu.Unlock()
	// ... the real work of the request
}

// withRecover keeps one bad request from taking the gateway down.
func withRecover(route string, h func(string)) {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("recovered in %s: %v", route, r)
		}
	}()
	h(route)
}

func main() {
	var wg sync.WaitGroup
	for _, route := range []string{"/login", "/cart"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			withRecover(route, handle)
		}()
	}
	wg.Wait()
	mu.Lock()
	fmt.Println("routes seen:", len(hits))
	mu.Unlock()
}
