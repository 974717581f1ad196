package main

import (
	"fmt"
	"sync"
)

// wg.Add runs inside the new goroutine: main's Wait may start before it.
func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range 3 {
		go func() {
			wg.Add(1)
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
}

// Vet: 14:10: WaitGroup.Add called from inside new goroutine
