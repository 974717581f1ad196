package main

import (
	"fmt"
	"sync"
)

// hits counts page views; every request handler adds one.
var hits int

func handle(wg *sync.WaitGroup) {
	defer wg.Done()
	hits++ // read hits, add one, write it back
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
