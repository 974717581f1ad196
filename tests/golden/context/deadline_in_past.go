// Checks: a deadline that has already passed gives a context that is done immediately.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	past := time.Now().Add(-time.Minute)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	defer cancel()

	select {
	case <-ctx.Done():
		fmt.Println("done immediately:", ctx.Err())
	default:
		fmt.Println("not done")
	}

	// A zero or negative timeout behaves the same.
	z, cancelZ := context.WithTimeout(context.Background(), 0)
	defer cancelZ()
	fmt.Println("zero timeout:", z.Err())
	n, cancelN := context.WithTimeout(context.Background(), -time.Second)
	defer cancelN()
	fmt.Println("negative timeout:", n.Err())
}

// Output:
// done immediately: context deadline exceeded
// zero timeout: context deadline exceeded
// negative timeout: context deadline exceeded
