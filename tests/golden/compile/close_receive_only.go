// Closing a receive-only channel is a compile error; only the sending side may close.
package main

import "fmt"

func consume(in <-chan int) {
	for v := range in {
		fmt.Println(v)
	}
	close(in)
}

func main() {
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	consume(ch)
}

// Error: 10:8: invalid operation: cannot close receive-only channel in (variable of type <-chan int)
