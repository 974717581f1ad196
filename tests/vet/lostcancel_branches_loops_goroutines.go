package main

import (
	"context"
	"fmt"
)

// cancel is called on one branch only, and the function falls off its
// end on the other.
func work(parent context.Context, ok bool) {
	ctx, cancel := context.WithCancel(parent)
	if ok {
		cancel()
	}
	fmt.Println(ctx.Err())
}

// `continue` skips the cancel of that iteration.
func loop(parent context.Context) {
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithCancel(parent)
		if i == 1 {
			continue
		}
		cancel()
		_ = ctx
	}
}

// Handing cancel to a goroutine counts as using it.
func viaGo(parent context.Context) {
	ctx, cancel := context.WithCancel(parent)
	go func() {
		defer cancel()
		<-ctx.Done()
	}()
}

// A panic ends the path: no return is reached without cancel.
func orPanic(parent context.Context, bad bool) context.Context {
	ctx, cancel := context.WithTimeoutCause(parent, 0, nil)
	if bad {
		panic("bad")
	}
	_ = cancel
	return ctx
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	_ = cancel
	work(context.Background(), true)
	loop(context.Background())
	viaGo(context.Background())
	fmt.Println(orPanic(context.Background(), false) != nil)
	var c2 context.CancelFunc
	_, c2 = context.WithCancel(context.Background())
	_ = c2
	var c3, _ = context.WithCancel(context.Background())
	_ = c3
}

// Vet: 11:2: the cancel function is not used on all paths (possible context leak)
// Vet: 16:1: this return statement may be reached without using the cancel var defined on line 11
// Vet: 21:3: the cancel function is not used on all paths (possible context leak)
// Vet: 28:1: this return statement may be reached without using the cancel var defined on line 21
// Vet: 60:10: the cancel function returned by context.WithCancel should be called, not discarded, to avoid a context leak
