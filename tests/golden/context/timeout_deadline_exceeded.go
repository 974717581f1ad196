// Checks: WithTimeout expires on its own with DeadlineExceeded, which errors.Is recognizes.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	fmt.Println("right away:", ctx.Err())

	select {
	case <-ctx.Done():
		fmt.Println("timed out:", ctx.Err())
	case <-time.After(time.Second):
		fmt.Println("timer never fired")
	}
	err := fmt.Errorf("fetch failed: %w", ctx.Err())
	fmt.Println(err)
	fmt.Println("errors.Is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("errors.Is Canceled:", errors.Is(err, context.Canceled))
	// DeadlineExceeded also says it is a timeout, like net errors do.
	var t interface{ Timeout() bool }
	fmt.Println("Timeout():", errors.As(err, &t) && t.Timeout())
	// Canceling afterwards does not change the error.
	cancel()
	fmt.Println("after cancel:", ctx.Err())
}

// Output:
// right away: <nil>
// timed out: context deadline exceeded
// fetch failed: context deadline exceeded
// errors.Is DeadlineExceeded: true
// errors.Is Canceled: false
// Timeout(): true
// after cancel: context deadline exceeded
