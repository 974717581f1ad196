package main

import (
	"context"
	"fmt"
	"time"
)

// Every cancel is called: deferred, on each path, or handed back.
func withDeadline(parent context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(parent, time.Second)
}

func run(parent context.Context, fail bool) error {
	ctx, cancel := context.WithCancel(parent)
	if fail {
		cancel()
		return ctx.Err()
	}
	cancel()
	return nil
}

func main() {
	ctx, cancel := withDeadline(context.Background())
	defer cancel()
	fmt.Println(run(ctx, true), run(ctx, false))
}

// Vet: clean
