package main

import (
	"fmt"
	"sync"
)

// Add before go, and WaitGroup.Go, which does both.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}()
	}
	wg.Go(func() {
		mu.Lock()
		sum += 10
		mu.Unlock()
	})
	wg.Wait()
	fmt.Println(sum)
}

// Vet: clean
