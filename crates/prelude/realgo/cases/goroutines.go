// Which parents cost a watcher goroutine (Go's TestCustomContextGoroutines).
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

type myCtx struct{ context.Context }

type myDoneCtx struct{ context.Context }

func (d *myDoneCtx) Done() <-chan struct{} { return make(chan struct{}) }

var base int

// count waits briefly for the goroutine count to reach want, then reports
// how many goroutines exist above the starting count.
func count(want int) int {
	for i := 0; i < 2000 && runtime.NumGoroutine() != base+want; i++ {
		time.Sleep(100 * time.Microsecond)
	}
	return runtime.NumGoroutine() - base
}

func main() {
	base = runtime.NumGoroutine()
	fmt.Println("start", count(0))
	_, cancel0 := context.WithCancel(&myDoneCtx{context.Background()})
	fmt.Println("WithCancel(myDoneCtx)", count(1))
	cancel0()
	fmt.Println("after cancel", count(0))
	_, cancel0 = context.WithTimeout(&myDoneCtx{context.Background()}, time.Hour)
	fmt.Println("WithTimeout(myDoneCtx)", count(1))
	cancel0()
	fmt.Println("after cancel", count(0))

	ctx1, cancel1 := context.WithCancel(context.Background())
	defer cancel1()
	ctx2 := &myCtx{ctx1}
	ctx3, cancel3 := context.WithCancel(ctx2)
	defer cancel3()
	fmt.Println("WithCancel(myCtx{cancelCtx})", count(0))
	_, cancel3b := context.WithCancel(&myDoneCtx{ctx2})
	defer cancel3b()
	fmt.Println("WithCancel(myDoneCtx{myCtx})", count(1))
	ctx4, cancel4 := context.WithTimeout(ctx3, time.Hour)
	defer cancel4()
	fmt.Println("WithTimeout", count(1))
	ctx5, cancel5 := context.WithCancel(ctx4)
	defer cancel5()
	cancel5()
	_, cancel6 := context.WithTimeout(ctx5, time.Hour)
	defer cancel6()
	cancel6()
	cancel1()
	_, cancel7 := context.WithCancel(ctx5)
	defer cancel7()
	fmt.Println("canceled chain", count(1))
	cancel3b()
	fmt.Println("after cancel3b", count(0))

	// A watcher also ends when the custom parent is done.
	ch := make(chan struct{})
	p := &chanCtx{context.Background(), ch}
	c, cc := context.WithCancel(p)
	defer cc()
	fmt.Println("WithCancel(chanCtx)", count(1))
	close(ch)
	<-c.Done()
	fmt.Println("parent closed", count(0), c.Err())
	// WithValue / WithoutCancel / Background parents: no goroutine.
	_, c8 := context.WithCancel(context.WithValue(context.Background(), "k", 1))
	_, c9 := context.WithCancel(context.WithoutCancel(ctx1))
	_, c10 := context.WithTimeout(context.TODO(), time.Hour)
	fmt.Println("plain parents", count(0))
	c8()
	c9()
	c10()
	// A timer that fires runs its func in a goroutine that then ends.
	t, ct := context.WithTimeout(context.Background(), time.Millisecond)
	defer ct()
	<-t.Done()
	fmt.Println("after timeout", count(0), t.Err())
	// Already-closed custom parent: canceled synchronously, no goroutine.
	c11, c11c := context.WithCancel(p)
	defer c11c()
	fmt.Println("closed custom parent", count(0), c11.Err())
}

type chanCtx struct {
	context.Context
	ch chan struct{}
}

func (c *chanCtx) Done() <-chan struct{} { return c.ch }
func (c *chanCtx) Err() error {
	select {
	case <-c.ch:
		return context.Canceled
	default:
		return nil
	}
}
