// Closing a nil channel panics with "close of nil channel".
package main

import "fmt"

type worker struct {
	name string
	quit chan struct{}
}

func (w *worker) Stop() {
	fmt.Println("stopping", w.name)
	close(w.quit)
}

func main() {
	workers := []*worker{
		{name: "a", quit: make(chan struct{})},
		{name: "b"},
	}
	for _, w := range workers {
		w.Stop()
	}
	fmt.Println("unreachable")
}

// Output:
// stopping a
// stopping b
// Exit: 2
// Stderr: panic: close of nil channel
