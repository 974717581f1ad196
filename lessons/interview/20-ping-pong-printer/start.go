package main

import (
	"fmt"
	"sync"
)

// Two goroutines take turns: the first prints the odd numbers, the
// second the even ones, and together they print 1 to 10 in order.
func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	// TODO: make whatever the two goroutines need to take turns.

	go func() {
		defer wg.Done()
		for i := 1; i <= 9; i += 2 {
			// TODO: wait for this goroutine's turn.
			fmt.Println(i)
			// TODO: hand the turn over.
		}
	}()
	go func() {
		defer wg.Done()
		for i := 2; i <= 10; i += 2 {
			// TODO: wait for this goroutine's turn.
			fmt.Println(i)
			// TODO: hand the turn over.
		}
	}()

	// TODO: start the game.
	wg.Wait()
}
