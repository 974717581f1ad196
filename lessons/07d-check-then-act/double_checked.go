package main

import (
	"fmt"
	"sync"
)

type config struct {
	region string
}

var (
	cfg *config
	mu  sync.Mutex
)

func load() *config {
	fmt.Println("loading config") // imagine a slow file read
	return &config{region: "eu-west"}
}

// getConfig checks without the lock first, to keep the common path fast.
func getConfig() *config {
	if cfg == nil { // unlocked read
		mu.Lock()
		if cfg == nil { // checked again under the lock
			cfg = load()
		}
		mu.Unlock()
	}
	return cfg
}

func main() {
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() { // a request handler
			defer wg.Done()
			fmt.Println("serving from", getConfig().region)
		}()
	}
	wg.Wait()
}
