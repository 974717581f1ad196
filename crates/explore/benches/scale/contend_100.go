// A hundred goroutines take four shared locks in turn, ten times each:
// the contention the explorer must follow step by step.

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu [4]sync.Mutex
	var counts [4]int
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				k := (id + j) % 4
				mu[k].Lock()
				counts[k]++
				mu[k].Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(counts[0] + counts[1] + counts[2] + counts[3])
}
