package main

import (
	"fmt"
	"sync"
)

func main() {
	orders := make(chan int)    // unbuffered: no room to park an order
	logged := make(chan string) // the cook's answer: "written down"
	var wg sync.WaitGroup

	wg.Add(1)
	go func() { // the cook
		defer wg.Done()
		for i := 0; i < 3; i++ {
			n := <-orders
			fmt.Println("cook: got order", n)
			logged <- "ok" // a second hand-off, back to the waiter
		}
	}()

	// the waiter
	for n := 1; n <= 3; n++ {
		orders <- n
		<-logged // the cook has printed its line by now
		fmt.Println("waiter: handed over order", n)
	}
	wg.Wait()
}
