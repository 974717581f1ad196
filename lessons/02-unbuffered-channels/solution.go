package main

import (
	"fmt"
	"sync"
)

func main() {
	orders := make(chan int) // unbuffered: no room to park a value
	served := make(chan int) // the cook's answer: "this one is done"
	var wg sync.WaitGroup

	wg.Add(1)
	go func() { // the cook
		defer wg.Done()
		for i := 0; i < 3; i++ {
			n := <-orders
			fmt.Println("cook: got order", n)
			served <- n // a second hand-off, back to the waiter
		}
	}()

	// the waiter
	for n := 1; n <= 3; n++ {
		orders <- n
		<-served // wait until the cook has printed its line
		fmt.Println("waiter: order", n, "is served")
	}
	wg.Wait()
}
