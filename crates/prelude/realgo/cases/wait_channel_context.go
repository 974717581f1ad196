// wait.ContextForChannel: methods, derived contexts, watcher goroutine.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"k8s.io/apimachinery/pkg/util/wait"
)

func settle(n int) int {
	for i := 0; i < 2000 && runtime.NumGoroutine() != n; i++ {
		time.Sleep(100 * time.Microsecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	g := runtime.NumGoroutine()
	stop := make(chan struct{})
	ctx := wait.ContextForChannel(stop)
	dl, ok := ctx.Deadline()
	fmt.Println(ctx.Err(), dl.IsZero(), ok, ctx.Value("k"), ctx.Done() == (<-chan struct{})(stop))
	fmt.Printf("%T %v\n", ctx, context.Cause(ctx))
	d, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(d, settle(g+1)-g)
	t, ct := context.WithTimeout(context.WithValue(ctx, "k", "v"), time.Hour)
	defer ct()
	fmt.Println(settle(g+2) - g)
	d2, c2 := context.WithCancel(d)
	defer c2()
	fmt.Println(settle(g+2) - g)
	close(stop)
	<-d.Done()
	<-t.Done()
	<-d2.Done()
	fmt.Println(ctx.Err(), d.Err(), context.Cause(d), t.Err(), d2.Err(), context.Cause(t))
	fmt.Println(settle(g) - g)
	// Derived after close: synchronous, no goroutine.
	d3, c3 := context.WithCancel(ctx)
	defer c3()
	fmt.Println(d3.Err(), settle(g)-g)
	// Nil channel: never done, no goroutine.
	n := wait.ContextForChannel(nil)
	d4, c4 := context.WithCancel(n)
	fmt.Println(n.Err(), n.Done() == nil, settle(g)-g)
	c4()
	fmt.Println(d4.Err(), n.Err())
	// Child canceled first: the watcher goroutine ends.
	s2 := make(chan struct{})
	d5, c5 := context.WithCancel(wait.ContextForChannel(s2))
	fmt.Println(settle(g+1) - g)
	c5()
	fmt.Println(d5.Err(), settle(g)-g)
	// AfterFunc on a channel context.
	s3 := make(chan struct{})
	ran := make(chan struct{})
	stopF := context.AfterFunc(wait.ContextForChannel(s3), func() { close(ran) })
	fmt.Println(settle(g+1) - g)
	close(s3)
	<-ran
	fmt.Println("afterfunc ran", stopF(), settle(g)-g)
}
