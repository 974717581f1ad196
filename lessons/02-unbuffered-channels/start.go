package main

import (
	"fmt"
	"sync"
)

func main() {
	orders := make(chan int) // unbuffered: no room to park an order
	var wg sync.WaitGroup

	wg.Add(1)
	go func() { // the cook
		defer wg.Done()
		for i := 0; i < 3; i++ {
			n := <-orders // waits until the waiter hands an order over
			fmt.Println("cook: got order", n)
		}
	}()

	// the waiter
	for n := 1; n <= 3; n++ {
		orders <- n // waits until the cook takes it
		fmt.Println("waiter: handed over order", n)
	}
	wg.Wait()
}
