// Ranging over a channel that is never closed deadlocks once the producer finishes.
package main

import "fmt"

func produce(ch chan<- int) {
	for i := 1; i <= 3; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int)
	go produce(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("unreachable")
}

// Output:
// got 1
// got 2
// got 3
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: chan receive
