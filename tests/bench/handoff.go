// Benchmark: one million hand-offs on an unbuffered channel between two
// goroutines; every hand-off is two scheduling steps.
package main

import "fmt"

func main() {
	const n = 1000000
	ch := make(chan int)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range ch {
			sum += v
		}
		done <- sum
	}()
	for i := 0; i < n; i++ {
		ch <- 1
	}
	close(ch)
	fmt.Println(<-done)
}
