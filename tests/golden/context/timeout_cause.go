// Checks: WithTimeoutCause: Err is DeadlineExceeded, Cause is the given error, only on expiry.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlow = errors.New("backend too slow")

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errSlow)
	defer cancel()
	<-ctx.Done()
	fmt.Println("err:  ", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))

	// Canceled by hand before expiry: the cause is not used.
	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), time.Hour, errSlow)
	cancel2()
	fmt.Println("early err:  ", ctx2.Err())
	fmt.Println("early cause:", context.Cause(ctx2))
}

// Output:
// err:   context deadline exceeded
// cause: backend too slow
// early err:   context canceled
// early cause: context canceled
