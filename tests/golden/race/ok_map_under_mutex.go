// Map reads and writes under one mutex are ordered.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counts[w]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(counts["a"], counts["b"])
}

// Output:
// 2 1
