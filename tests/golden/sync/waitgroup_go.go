// WaitGroup.Go (Go 1.25) starts a goroutine and does the Add/Done bookkeeping itself.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var total atomic.Int64
	parts := make([]string, 5)
	for i := range 5 {
		wg.Go(func() {
			total.Add(int64(i + 1))
			parts[i] = fmt.Sprint("part", i)
		})
	}
	wg.Wait()
	fmt.Println(total.Load(), parts)
	var again sync.WaitGroup
	results := make(chan int, 3)
	again.Go(func() { results <- 1 })
	again.Go(func() {
		var inner sync.WaitGroup
		inner.Go(func() { results <- 2 })
		inner.Wait()
		results <- 3
	})
	again.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
}

// Output:
// 15 [part0 part1 part2 part3 part4]
// sum 6
