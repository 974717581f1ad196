// Workers blocked sending results that main never reads, while main waits on a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	fmt.Println("waiting for workers before reading results")
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}

// Output:
// waiting for workers before reading results
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: chan send; chan send; sync.WaitGroup.Wait
