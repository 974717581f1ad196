// WithCancel: Done/Err before and after cancel, channel identity, idempotence.
package main

import (
	"context"
	"fmt"
)

func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg.Done() == nil, bg.Err(), context.TODO().Done() == nil)
	dl, ok := bg.Deadline()
	fmt.Println(dl.IsZero(), ok, bg.Value("x"))

	ctx, cancel := context.WithCancel(bg)
	d1 := ctx.Done()
	d2 := ctx.Done()
	fmt.Println(d1 != nil, d1 == d2, isClosed(d1), ctx.Err())
	dl, ok = ctx.Deadline()
	fmt.Println(dl.IsZero(), ok)
	cancel()
	fmt.Println(isClosed(d1), ctx.Err(), ctx.Done() == d1)
	cancel()
	cancel()
	fmt.Println(ctx.Err())

	// Canceled before anyone asked for Done: all share one closed channel.
	a, ca := context.WithCancel(bg)
	b, cb := context.WithCancel(bg)
	ca()
	cb()
	fmt.Println(a.Done() == b.Done(), isClosed(a.Done()))
	// Asked first, then canceled: separate channels.
	x, cx := context.WithCancel(bg)
	y, cy := context.WithCancel(bg)
	_, _ = x.Done(), y.Done()
	cx()
	cy()
	fmt.Println(x.Done() == y.Done(), a.Done() == x.Done())

	// Err is set whenever Done is closed, as seen from another goroutine.
	for i := 0; i < 200; i++ {
		c, cc := context.WithCancel(bg)
		res := make(chan error)
		go func() {
			<-c.Done()
			res <- c.Err()
		}()
		cc()
		if err := <-res; err != context.Canceled {
			fmt.Println("bad", err)
		}
	}
	fmt.Println("done")
}
