// A select case is its channel operation: the receive it completes orders the sender's writes.
package main

import (
	"fmt"
	"time"
)

func main() {
	value := 0
	ch := make(chan int)
	go func() {
		value = 9
		ch <- 1
	}()
	select {
	case <-ch:
		fmt.Println(value)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}

// Output:
// 9
