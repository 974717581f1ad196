// The same broken parent, closed later: the panic happens in the watcher
// goroutine and kills the program (exit 2).
package main

import (
	"context"
	"fmt"
)

type liar struct {
	context.Context
	ch chan struct{}
}

func (l liar) Done() <-chan struct{} { return l.ch }
func (l liar) Err() error            { return nil }

func main() {
	ch := make(chan struct{})
	c, cancel := context.WithCancel(liar{context.Background(), ch})
	defer cancel()
	fmt.Println("created", c.Err())
	close(ch)
	<-c.Done()
	fmt.Println("not reached")
}
