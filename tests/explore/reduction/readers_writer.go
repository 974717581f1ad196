// One writer and two readers of a variable: each reader sees the value
// before or after the write, independently of the other reader.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var wg sync.WaitGroup
	var seen [2]int
	wg.Add(3)
	go func() {
		defer wg.Done()
		x = 1
	}()
	for r := 0; r < 2; r++ {
		go func() {
			defer wg.Done()
			seen[r] = x
		}()
	}
	wg.Wait()
	fmt.Println(seen[0], seen[1])
}
