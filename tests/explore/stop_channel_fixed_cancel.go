// Fix for stop_channel_race.go: stop is a dedicated context.WithCancel and the worker signals "done" by calling its cancel(), so no value can be stolen and no watcher goroutine is even needed.
package main

import (
	"context"
	"fmt"
)

func main() {
	// the stop signal is itself a cancelable context, not a bare channel
	stopCtx, stopAll := context.WithCancel(context.Background())
	// stopCtx is a *cancelCtx, so propagateCancel just registers ctx as a
	// child of stopCtx: no watcher goroutine is started
	ctx, cancel := context.WithCancel(stopCtx)

	go func() {
		// the worker finishes and signals "done" by canceling: this closes
		// stopCtx.Done() and cancels ctx, both with context.Canceled
		stopAll()
	}()

	// the reconciler is busy in a retry branch before it waits for stop
	backoff := 1
	for attempt := 0; attempt < 120; attempt++ {
		backoff = backoff*2%1000 + 1
	}

	select {
	case <-stopCtx.Done():
	case <-ctx.Done():
	}
	stopAll() // calling cancel twice is harmless
	cancel()
	fmt.Println("clean shutdown, backoff", backoff)
}

// Outcome: exit 0 stdout="clean shutdown, backoff 151\n" stderr=""
// RealGo: 300 runs; outcome 1 x300 (first run 1, 0.0s)
