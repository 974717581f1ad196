// An afterFuncer parent that calls back with Err() == nil: the missing
// cancel error is raised inside propagateCancel's first func literal.
package main

import (
	"context"
	"fmt"
	"time"
)

type af struct {
	context.Context
	ch    chan struct{}
	funcs []func()
}

func (a *af) Done() <-chan struct{} { return a.ch }
func (a *af) Err() error            { return nil }
func (a *af) AfterFunc(f func()) func() bool {
	a.funcs = append(a.funcs, f)
	return func() bool { return false }
}

func main() {
	p := &af{Context: context.Background(), ch: make(chan struct{})}
	c, cancel := context.WithCancel(p)
	defer cancel()
	fmt.Println(c, len(p.funcs))
	go p.funcs[0]()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
