// Calling Done more times than Add panics with "sync: negative WaitGroup counter".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("both goroutines finished")
	fmt.Println("calling Done once too often")
	wg.Done()
	fmt.Println("unreachable")
}

// Output:
// both goroutines finished
// calling Done once too often
// Exit: 2
// Stderr: panic: sync: negative WaitGroup counter
