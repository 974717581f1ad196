// Goroutines that sleep for different durations wake up in order of their sleep length.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	delays := map[string]time.Duration{
		"slow":   90 * time.Millisecond,
		"fast":   30 * time.Millisecond,
		"medium": 60 * time.Millisecond,
	}
	for _, name := range []string{"slow", "fast", "medium"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(delays[name])
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order)
	out := make(chan int)
	for _, n := range []int{3, 1, 2} {
		go func() {
			time.Sleep(time.Duration(n) * 25 * time.Millisecond)
			out <- n
		}()
	}
	fmt.Println(<-out, <-out, <-out)
}

// Output:
// [fast medium slow]
// 1 2 3
