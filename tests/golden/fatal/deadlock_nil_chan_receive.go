// Receiving from a nil channel blocks forever.
package main

import "fmt"

type server struct {
	events chan string
}

func main() {
	s := server{}
	fmt.Println("events channel is nil:", s.events == nil)
	for e := range s.events {
		fmt.Println(e)
	}
}

// Output:
// events channel is nil: true
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: chan receive (nil chan)
