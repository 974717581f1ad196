// A buffered channel accepts sends without a receiver until full and delivers values in FIFO order.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "first"
	ch <- "second"
	ch <- "third"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "fourth"
	for len(ch) > 0 {
		fmt.Println(<-ch)
	}
	nums := make(chan int, 100)
	for i := 0; i < 100; i++ {
		nums <- i * i
	}
	close(nums)
	sum, prev, ordered := 0, -1, true
	for v := range nums {
		if v < prev {
			ordered = false
		}
		prev = v
		sum += v
	}
	fmt.Println(sum, ordered)
	done := make(chan struct{}, 1)
	done <- struct{}{}
	fmt.Println(len(done), <-done)
}

// Output:
// 3 3
// first
// second
// third
// fourth
// 328350 true
// 1 {}
