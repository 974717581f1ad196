// Sending on a receive-only channel (<-chan) is a compile error.
package main

import "fmt"

func relay(in <-chan int, out chan<- int) {
	for v := range in {
		in <- v * 2
	}
	close(out)
}

func main() {
	in, out := make(chan int), make(chan int)
	go relay(in, out)
	fmt.Println(<-out)
}

// Error: 8:3: invalid operation: cannot send to receive-only channel <-chan int in (variable of type <-chan int)
