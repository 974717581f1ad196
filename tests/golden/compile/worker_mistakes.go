package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type Worker struct {
	mu   sync.Mutex
	jobs chan<- int
}

func (w *Worker) Run(ctx context.Context) {
	for {
		select {
		case j := <-w.jobs:
			fmt.Println(j)
		case <-ctx.Done:
			return
		}
	}
}

func main() {
	var x interface{} = 1
	n := x.(string)
	var i int = 5
	s := i.(string)
	w := Worker{jobs: make(chan int)}
	w.Start()
	var ch <-chan int
	ch <- 1
	close(ch)
	t := time.NewTimer(time.Second)
	<-t
	fmt.Println(n, s, w)
	for k, v := range 10 {
		_ = k
	}
}

// Error: 18:15: invalid operation: cannot receive from send-only channel chan<- int w.jobs (variable of type chan<- int)
// Error: 20:10: invalid operation: cannot receive from non-channel func() <-chan struct{} ctx.Done (value of type func() <-chan struct{})
// Error: 30:7: invalid operation: i (variable of type int) is not an interface
// Error: 32:4: w.Start undefined (type Worker has no field or method Start)
// Error: 34:2: invalid operation: cannot send to receive-only channel <-chan int ch (variable of type <-chan int)
// Error: 35:8: invalid operation: cannot close receive-only channel ch (variable of type <-chan int)
// Error: 37:4: invalid operation: cannot receive from non-channel *time.Timer t (variable of type *time.Timer)
// Error: 39:9: range over 10 (untyped int constant) permits only one iteration variable
