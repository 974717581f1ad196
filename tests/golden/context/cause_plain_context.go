// Checks: Cause on contexts without a cause: nil while live, Err() once done, nil for Background.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	fmt.Println("Background:", context.Cause(context.Background()))

	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("live WithCancel:", context.Cause(ctx))
	cancel()
	fmt.Println("canceled WithCancel:", context.Cause(ctx))

	tctx, tcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println("expired WithTimeout:", context.Cause(tctx))

	// A value layer on top asks the cancelable context below it.
	v := context.WithValue(ctx, "k", "v")
	fmt.Println("value layer:", context.Cause(v))
}

// Output:
// Background: <nil>
// live WithCancel: <nil>
// canceled WithCancel: context canceled
// expired WithTimeout: context deadline exceeded
// value layer: context canceled
