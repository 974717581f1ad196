// WaitGroup.Wait blocks forever when Add counted more goroutines than ever call Done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := []int{}
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			mu.Lock()
			results = append(results, i)
			mu.Unlock()
			if i != 2 {
				wg.Done()
			}
		}()
	}
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println(len(results))
}

// Output:
// waiting
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: sync.WaitGroup.Wait
