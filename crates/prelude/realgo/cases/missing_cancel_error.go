// A custom Context whose Done is closed but whose Err is nil makes
// WithCancel panic with the internal "missing cancel error".
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
	close(ch)
	defer func() { fmt.Println("recovered:", recover()) }()
	c, cancel := context.WithCancel(liar{context.Background(), ch})
	fmt.Println("not reached", c, cancel)
}
