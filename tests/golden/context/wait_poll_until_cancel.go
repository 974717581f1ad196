// Checks: wait.PollUntilContextCancel stops on success, on error, and with ctx.Err() on cancel.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"k8s.io/apimachinery/pkg/util/wait"
)

func main() {
	n := 0
	err := wait.PollUntilContextCancel(context.Background(), time.Millisecond, true,
		func(ctx context.Context) (bool, error) {
			n++
			return n == 3, nil
		})
	fmt.Println("succeeded after", n, "calls, err =", err)

	err = wait.PollUntilContextCancel(context.Background(), time.Millisecond, true,
		func(ctx context.Context) (bool, error) { return false, errors.New("broken") })
	fmt.Println("condition error:", err)

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = wait.PollUntilContextCancel(ctx, time.Millisecond, false,
		func(ctx context.Context) (bool, error) {
			n++
			if n == 2 {
				cancel()
			}
			return false, nil
		})
	fmt.Println("canceled after", n, "calls, err =", err)
}

// Output:
// succeeded after 3 calls, err = <nil>
// condition error: broken
// canceled after 2 calls, err = context canceled
