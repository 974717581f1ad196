// Checks: canceling a WithTimeout before it expires gives Canceled, and the timer never fires later.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	cancel()
	fmt.Println("canceled early:", ctx.Err())

	time.Sleep(50 * time.Millisecond) // well past the deadline
	fmt.Println("after the deadline:", ctx.Err())

	// The deadline is still reported.
	_, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok)
}

// Output:
// canceled early: context canceled
// after the deadline: context canceled
// has deadline: true
