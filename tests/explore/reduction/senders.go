// Three goroutines send their number on one buffered channel; main
// receives all three, so the order of the sends is what it prints.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		go func(v int) {
			ch <- v
		}(i)
	}
	fmt.Println(<-ch, <-ch, <-ch)
}
