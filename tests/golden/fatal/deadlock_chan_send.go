// An unbuffered send with no receiver blocks forever; with no other goroutine it is a deadlock.
package main

import "fmt"

func main() {
	ch := make(chan string)
	fmt.Println("sending on an unbuffered channel with no receiver")
	ch <- "hello"
	fmt.Println(<-ch)
}

// Output:
// sending on an unbuffered channel with no receiver
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: chan send
