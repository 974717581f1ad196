// On an unbuffered channel the receive happens before the send completes.
package main

import "fmt"

func main() {
	ready := 0
	ch := make(chan int)
	go func() {
		ready = 1
		<-ch
	}()
	ch <- 0
	fmt.Println(ready)
}

// Output:
// 1
