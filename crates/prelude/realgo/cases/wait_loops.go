// wait.Until / JitterUntil / Forever / PollUntilContextCancel.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"k8s.io/apimachinery/pkg/util/wait"
)

func main() {
	stop := make(chan struct{})
	n := 0
	wait.Until(func() {
		n++
		if n == 3 {
			close(stop)
		}
	}, time.Millisecond, stop)
	fmt.Println("until", n)
	// Closed before start: f is never called.
	wait.Until(func() { n = 100 }, time.Millisecond, stop)
	fmt.Println("until closed", n)
	m := 0
	stop2 := make(chan struct{})
	wait.JitterUntil(func() {
		m++
		if m == 4 {
			close(stop2)
		}
	}, time.Millisecond, 1.5, false, stop2)
	fmt.Println("jitter", m)

	ticks := make(chan int)
	go wait.Forever(func() { ticks <- 1 }, time.Millisecond)
	fmt.Println("forever", <-ticks+<-ticks+<-ticks)

	ctx := context.Background()
	calls := 0
	err := wait.PollUntilContextCancel(ctx, time.Millisecond, true, func(context.Context) (bool, error) {
		calls++
		return calls == 3, nil
	})
	fmt.Println("poll", calls, err)
	calls = 0
	err = wait.PollUntilContextCancel(ctx, time.Millisecond, false, func(context.Context) (bool, error) {
		calls++
		return true, nil
	})
	fmt.Println("poll not immediate", calls, err)
	calls = 0
	err = wait.PollUntilContextCancel(ctx, time.Millisecond, true, func(context.Context) (bool, error) {
		calls++
		return false, errors.New("cond failed")
	})
	fmt.Println("poll error", calls, err)
	cctx, cancel := context.WithCancel(ctx)
	calls = 0
	err = wait.PollUntilContextCancel(cctx, time.Millisecond, false, func(context.Context) (bool, error) {
		calls++
		if calls == 2 {
			cancel()
		}
		return false, nil
	})
	fmt.Println("poll canceled", calls, err)
	tctx, tc := context.WithTimeout(ctx, 5*time.Millisecond)
	defer tc()
	err = wait.PollUntilContextCancel(tctx, time.Hour, false, func(context.Context) (bool, error) { return true, nil })
	fmt.Println("poll timeout", err)
	var cond wait.ConditionWithContextFunc = func(c context.Context) (bool, error) { return c.Err() == nil, nil }
	fmt.Println(cond(ctx))
	s := make(chan struct{})
	close(s)
	err = wait.PollUntilContextCancel(wait.ContextForChannel(s), time.Millisecond, false, cond)
	fmt.Println("poll closed channel", err)
}
