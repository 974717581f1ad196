// Three goroutines each lock one mutex, increment and unlock: only the
// order in which they take the lock differs, 3! ways.
package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	counter int
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			counter++
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
