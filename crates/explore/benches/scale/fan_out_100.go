// A hundred goroutines each compute and send one result; main gathers
// them. Many goroutines, little contention.

package main

import "fmt"

func main() {
	results := make(chan int)
	for i := 0; i < 100; i++ {
		go func(n int) {
			sum := 0
			for k := 1; k <= n; k++ {
				sum += k
			}
			results <- sum
		}(i)
	}
	total := 0
	for i := 0; i < 100; i++ {
		total += <-results
	}
	fmt.Println(total)
}
