// Cancellation reaches every descendant, through values, timers and levels,
// but never goes up or sideways.
package main

import (
	"context"
	"fmt"
	"time"
)

type key int

func state(name string, c context.Context) {
	fmt.Printf("%s:%v/%v ", name, c.Err(), context.Cause(c))
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	defer cancelRoot()
	v1 := context.WithValue(root, key(1), "one")
	mid, cancelMid := context.WithCancelCause(v1)
	v2 := context.WithValue(mid, key(2), "two")
	leaf, cancelLeaf := context.WithCancel(v2)
	defer cancelLeaf()
	tl, cancelT := context.WithTimeout(v2, time.Hour)
	defer cancelT()
	sib, cancelSib := context.WithCancel(v1)
	defer cancelSib()
	wc := context.WithoutCancel(mid)
	under, cancelUnder := context.WithCancel(wc)
	defer cancelUnder()
	all := func() {
		for _, p := range []struct {
			n string
			c context.Context
		}{{"root", root}, {"v1", v1}, {"mid", mid}, {"v2", v2}, {"leaf", leaf}, {"tl", tl}, {"sib", sib}, {"wc", wc}, {"under", under}} {
			state(p.n, p.c)
		}
		fmt.Println()
	}
	all()
	cancelMid(fmt.Errorf("mid stopped"))
	all()
	cancelRoot()
	all()
	fmt.Println(leaf.Value(key(1)), leaf.Value(key(2)), under.Value(key(2)), under.Value(key(3)))

	// Deep chain: 50 levels, cancel the top.
	top, cancelTop := context.WithCancel(context.Background())
	c := top
	for i := 0; i < 50; i++ {
		if i%3 == 0 {
			c = context.WithValue(c, key(i), i)
		} else {
			c, _ = context.WithCancel(c)
		}
	}
	fmt.Println(c.Err(), c.Value(key(48)), c.Value(key(0)))
	cancelTop()
	<-c.Done()
	fmt.Println(c.Err())

	// Child made after the parent was canceled is canceled at once.
	late, cl := context.WithCancel(top)
	defer cl()
	fmt.Println(late.Err())
	// Canceling a child first keeps its own error even after the parent.
	p, cp := context.WithCancelCause(context.Background())
	ch, cc := context.WithCancelCause(p)
	cc(fmt.Errorf("child first"))
	cp(fmt.Errorf("parent later"))
	fmt.Println(ch.Err(), context.Cause(ch), p.Err(), context.Cause(p))
}
