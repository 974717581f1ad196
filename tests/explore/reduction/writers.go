// Three goroutines write one variable: the last write wins, and each of
// the 3! orders of the writes is a different outcome class.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 1; i <= 3; i++ {
		go func(v int) {
			defer wg.Done()
			x = v
		}(i)
	}
	wg.Wait()
	fmt.Println(x)
}
