// Receiving from a send-only channel (chan<-) is a compile error.
package main

import "fmt"

func collect(results chan<- string) {
	results <- "one"
	first := <-results
	fmt.Println(first)
}

func main() {
	ch := make(chan string, 1)
	collect(ch)
}

// Error: 8:13: invalid operation: cannot receive from send-only channel chan<- string results (variable of type chan<- string)
