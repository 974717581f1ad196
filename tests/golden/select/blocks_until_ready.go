// Without a default, select blocks until one of its cases can proceed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan string)
	b := make(chan string)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 2; i++ {
			select {
			case msg := <-a:
				fmt.Println("from a:", msg)
			case msg := <-b:
				fmt.Println("from b:", msg)
			}
		}
	}()
	b <- "first"
	a <- "second"
	wg.Wait()

	reply := make(chan int)
	go func() {
		select {
		case reply <- 42:
		}
	}()
	fmt.Println("reply", <-reply)
}

// Output:
// from b: first
// from a: second
// reply 42
