package main

import (
	"fmt"
	"sync"
)

var (
	mu   sync.Mutex
	hits int // guarded by mu
)

func handle(wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	hits++ // read, add and write back as one step no other handler can split
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go handle(&wg)
	}
	wg.Wait()
	fmt.Println("hits:", hits)
}
