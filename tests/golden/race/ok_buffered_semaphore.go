// With capacity C, the k-th receive happens before the (k+C)-th send completes: a channel of one is a lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1)
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			total++
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(total)
}

// Output:
// 3
