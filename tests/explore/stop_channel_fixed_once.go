// Fix for stop_channel_race.go: "done" is signalled by CLOSING stop (guarded by sync.Once), which every receiver sees, so the context watcher always reads Err() == context.Canceled and never panics.
package main

import (
	"context"
	"fmt"
	"sync"

	"k8s.io/apimachinery/pkg/util/wait"
)

func main() {
	stop := make(chan struct{})
	var stopOnce sync.Once
	closeStop := func() { stopOnce.Do(func() { close(stop) }) }

	// as in the buggy version, WithCancel starts a watcher goroutine that
	// selects on stop (parent.Done()) and on ctx.Done()
	ctx, cancel := context.WithCancel(wait.ContextForChannel(stop))

	go func() {
		// the worker finishes and signals "done" by closing stop: a close
		// is seen by every receiver, so there is nothing to steal
		closeStop()
	}()

	// the reconciler is busy in a retry branch before it waits for stop
	backoff := 1
	for attempt := 0; attempt < 120; attempt++ {
		backoff = backoff*2%1000 + 1
	}

	select {
	case <-stop:
	case <-ctx.Done():
	}
	closeStop() // second close is a no-op thanks to sync.Once
	cancel()
	fmt.Println("clean shutdown, backoff", backoff)
}

// Outcome: exit 0 stdout="clean shutdown, backoff 151\n" stderr=""
// RealGo: 300 runs; outcome 1 x300 (first run 1, 0.0s)
