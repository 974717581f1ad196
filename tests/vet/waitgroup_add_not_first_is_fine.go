package main

import (
	"fmt"
	"sync"
)

// Go's waitgroup analyzer only flags an Add that is the literal's first
// statement; this program still races, but vet says nothing.
func main() {
	var wg sync.WaitGroup
	done := make(chan int, 1)
	go func() {
		fmt.Println("starting")
		wg.Add(1)
		defer wg.Done()
		done <- 1
	}()
	wg.Wait()
	<-done
}

// Vet: clean
