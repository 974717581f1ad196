package main

import (
	"fmt"
	"sync"
)

type config struct {
	region string
}

var cfg *config // loaded on first use

func load() *config {
	fmt.Println("loading config") // imagine a slow file read
	return &config{region: "eu-west"}
}

func getConfig() *config {
	if cfg == nil { // check...
		cfg = load() // ...then act
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
