// Sending on a nil channel blocks forever.
package main

import "fmt"

func main() {
	var out chan int
	done := make(chan bool)
	go func() {
		fmt.Println("receiver started")
		done <- true
	}()
	<-done
	fmt.Println("sending on nil channel")
	out <- 1
}

// Output:
// receiver started
// sending on nil channel
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: chan send (nil chan)
