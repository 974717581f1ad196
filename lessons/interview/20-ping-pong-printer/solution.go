package main

import (
	"fmt"
	"sync"
)

// Two goroutines take turns: the first prints the odd numbers, the
// second the even ones, and together they print 1 to 10 in order.
// Each has a channel it waits on; a send hands the turn over, and an
// unbuffered send completes only when the other side takes it.
func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	oddTurn := make(chan struct{})
	evenTurn := make(chan struct{})

	go func() {
		defer wg.Done()
		for i := 1; i <= 9; i += 2 {
			<-oddTurn
			fmt.Println(i)
			evenTurn <- struct{}{}
		}
	}()
	go func() {
		defer wg.Done()
		for i := 2; i <= 10; i += 2 {
			<-evenTurn
			fmt.Println(i)
			if i < 10 { // after 10 nobody is left to take the turn
				oddTurn <- struct{}{}
			}
		}
	}()

	oddTurn <- struct{}{}
	wg.Wait()
}
