// A variable assigned but never read inside a goroutine's closure is also "declared and not used".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		result := 6 * 7
		result = 43
	}()
	wg.Wait()
	fmt.Println("done")
}

// Error: 14:3: declared and not used: result
