package main

import (
	"fmt"
	"sync"
)

// The WaitGroup is passed by value: each worker calls Done on its own
// copy, and main's Wait never returns.
func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id)
}

func main() {
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Add(1)
		go worker(i, wg)
	}
	wg.Wait()
}

// Vet: 10:24: worker passes lock by value: sync.WaitGroup contains sync.noCopy
// Vet: 19:16: call of worker copies lock value: sync.WaitGroup contains sync.noCopy
