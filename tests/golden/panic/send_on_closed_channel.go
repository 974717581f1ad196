// Sending on a closed channel panics with "send on closed channel".
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	fmt.Println("closed with", len(ch), "buffered value")
	v, ok := <-ch
	fmt.Println(v, ok)
	defer fmt.Println("deferred call still runs")
	for i := 2; i < 5; i++ {
		fmt.Println("sending", i)
		ch <- i
	}
	fmt.Println("unreachable")
}

// Output:
// closed with 1 buffered value
// 1 true
// sending 2
// deferred call still runs
// Exit: 2
// Stderr: panic: send on closed channel
