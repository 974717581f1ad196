// Checks: WithCancelCause records a cause: Err stays Canceled, Cause returns the cause.
package main

import (
	"context"
	"errors"
	"fmt"
)

var errShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println("live:", ctx.Err(), context.Cause(ctx))

	cancel(errShutdown)
	fmt.Println("err:  ", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("same error value:", context.Cause(ctx) == errShutdown)

	// Only the first cancel counts.
	cancel(errors.New("a later reason"))
	fmt.Println("cause after second cancel:", context.Cause(ctx))

	// A nil cause means "no particular reason": Cause falls back to Canceled.
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("nil cause:", context.Cause(ctx2))
}

// Output:
// live: <nil> <nil>
// err:   context canceled
// cause: server shutting down
// same error value: true
// cause after second cancel: server shutting down
// nil cause: context canceled
