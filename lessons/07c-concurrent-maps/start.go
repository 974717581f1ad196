package main

import (
	"fmt"
	"sync"
)

// latency keeps the last response time of each endpoint, in ms.
var latency = map[string]int{}

func observe(path string, ms int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil { // just in case
			fmt.Println("recovered:", r)
		}
	}()
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
