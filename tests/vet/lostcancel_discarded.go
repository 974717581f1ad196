package main

import (
	"context"
	"fmt"
	"time"
)

// The cancel function is discarded: the context's timer and its
// goroutine live until the deadline, whatever happens first.
func fetch(parent context.Context) error {
	ctx, _ := context.WithTimeout(parent, time.Second)
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Millisecond):
		return nil
	}
}

func main() {
	fmt.Println(fetch(context.Background()))
}

// Vet: 12:7: the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak
