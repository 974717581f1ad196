// main receiving from a channel nobody will ever send on is a deadlock.
package main

import "fmt"

func main() {
	results := make(chan int)
	done := make(chan bool)
	go func() {
		defer close(done)
		sum := 0
		for i := 1; i <= 10; i++ {
			sum += i
		}
		fmt.Println("computed", sum, "but forgot to send it")
	}()
	<-done
	fmt.Println("waiting for result")
	fmt.Println(<-results)
}

// Output:
// computed 55 but forgot to send it
// waiting for result
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: chan receive
