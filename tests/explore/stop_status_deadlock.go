// Bug: the worker stops serving status requests once stop is closed; if the stop wins the race against main's status request, main blocks forever: "fatal error: all goroutines are asleep - deadlock!".
package main

import "fmt"

type worker struct {
	stop   chan struct{}
	status chan chan string // each request carries its own reply channel
}

// loop serves status requests until stop is closed.
func (w *worker) loop(done chan<- struct{}) {
	defer close(done)
	for {
		select {
		case <-w.stop:
			return // BUG: pending and future status requests are never answered
		case reply := <-w.status:
			reply <- "running"
		}
	}
}

func main() {
	w := &worker{stop: make(chan struct{}), status: make(chan chan string)}
	done := make(chan struct{})
	go w.loop(done)

	// a shutdown request arrives concurrently (say, from a signal handler)
	go func() {
		close(w.stop)
	}()

	// main asks for the worker's status; if the worker already returned
	// there is nobody left to receive this request
	reply := make(chan string)
	w.status <- reply
	fmt.Println("status:", <-reply)

	<-done
	fmt.Println("stopped")
}

// Outcome: exit 0 stdout="status: running\nstopped\n" stderr=""
// Outcome: exit 2 stdout="" stderr="fatal error: all goroutines are asleep - deadlock!"
// RealGo: 300 runs; outcome 1 x128 (first run 3, 0.0s); outcome 2 x172 (first run 1, 0.0s)
