// Closing a channel twice panics with "close of closed channel".
package main

import "fmt"

type stream struct {
	ch chan string
}

func (s *stream) Shutdown() {
	fmt.Println("shutting down")
	close(s.ch)
}

func main() {
	s := &stream{ch: make(chan string)}
	done := make(chan bool)
	go func() {
		for m := range s.ch {
			fmt.Println("message", m)
		}
		done <- true
	}()
	s.ch <- "hello"
	s.Shutdown()
	<-done
	s.Shutdown()
	fmt.Println("unreachable")
}

// Output:
// message hello
// shutting down
// shutting down
// Exit: 2
// Stderr: panic: close of closed channel
