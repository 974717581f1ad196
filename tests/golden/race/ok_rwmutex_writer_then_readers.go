// RWMutex: Unlock happens before the next RLock, RUnlock before the next Lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	config := map[string]int{"n": 1}
	for i := 0; i < 2; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			mu.Lock()
			config["n"]++
			mu.Unlock()
		}()
		go func() {
			defer wg.Done()
			mu.RLock()
			_ = config["n"]
			mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println(config["n"])
}

// Output:
// 3
