package main

import (
	"context"
	"fmt"
	"time"
)

// The cause-carrying variants leak the same way.
func main() {
	ctx, _ := context.WithCancelCause(context.Background())
	tctx, _ := context.WithTimeoutCause(ctx, time.Second, fmt.Errorf("slow"))
	dctx, _ := context.WithDeadline(tctx, time.Now().Add(time.Second))
	fmt.Println(dctx.Err())
}

// Vet: 11:7: the cancel function returned by context.WithCancelCause should be called, not discarded, to avoid a context leak
// Vet: 12:8: the cancel function returned by context.WithTimeoutCause should be called, not discarded, to avoid a context leak
// Vet: 13:8: the cancel function returned by context.WithDeadline should be called, not discarded, to avoid a context leak
