// Bug: a "done" value SENT on a stop channel that also backs a context can be stolen by context's watcher goroutine, which then panics "context: internal error: missing cancel error".
package main

import (
	"context"
	"fmt"

	"k8s.io/apimachinery/pkg/util/wait"
)

func main() {
	stop := make(chan struct{})
	// channelContext is neither a *cancelCtx nor an afterFuncer, so
	// context.WithCancel (propagateCancel) starts a watcher goroutine:
	//   select { case <-parent.Done(): child.cancel(false, parent.Err(), ...)
	//            case <-child.Done(): }
	// and parent.Done() is stop itself.
	ctx, cancel := context.WithCancel(wait.ContextForChannel(stop))

	go func() {
		// the worker finishes and signals "done" by SENDING. A send is
		// delivered to exactly one receiver, and that may be the watcher,
		// which then sees parent.Err() == nil (stop is not closed yet).
		stop <- struct{}{}
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
	close(stop)
	cancel()
	fmt.Println("clean shutdown, backoff", backoff)
}

// Outcome: exit 0 stdout="clean shutdown, backoff 151\n" stderr=""
// Outcome: exit 2 stdout="" stderr="panic: context: internal error: missing cancel error"
// RealGo: 300 runs; outcome 1 x298 (first run 1, 0.0s); outcome 2 x2 (first run 78, 0.2s)
