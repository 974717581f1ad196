// Checks: WithCancel's Done is open and Err nil before cancel; Done closed and Err Canceled after.
package main

import (
	"context"
	"fmt"
)

func closed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("before: closed =", closed(ctx.Done()), "err =", ctx.Err())

	cancel()
	fmt.Println("after:  closed =", closed(ctx.Done()), "err =", ctx.Err())
	fmt.Println("is Canceled:", ctx.Err() == context.Canceled)

	// Calling cancel again is harmless and changes nothing.
	cancel()
	fmt.Println("again:  err =", ctx.Err())
}

// Output:
// before: closed = false err = <nil>
// after:  closed = true err = context canceled
// is Canceled: true
// again:  err = context canceled
