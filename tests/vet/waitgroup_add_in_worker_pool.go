package main

import (
	"fmt"
	"sync"
)

// A worker pool whose workers register themselves: Wait can return first.
func main() {
	jobs := make(chan int, 3)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		go func(id int) {
			wg.Add(1)
			defer wg.Done()
			for j := range jobs {
				_ = j * id
			}
		}(w)
	}
	for j := range 3 {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println("done")
}

// Vet: 14:10: WaitGroup.Add called from inside new goroutine
