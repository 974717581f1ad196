// Checks: WithValue with a nil key panics with "nil key".
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.WithValue(context.Background(), "ok", 1)
	fmt.Println("string key works:", ctx.Value("ok"))

	// A nil value is allowed, only the key must be non-nil.
	ctx = context.WithValue(ctx, "empty", nil)
	fmt.Println("nil value works:", ctx.Value("empty"))

	var key error // a nil interface value
	context.WithValue(ctx, key, "v")
	fmt.Println("not reached")
}

// Output:
// string key works: 1
// nil value works: <nil>
// Exit: 2
// Stderr: panic: nil key
