// Variant of stop_channel_race.go with no work before the select: the watcher goroutine can still steal the SENT "done" value and panic "context: internal error: missing cancel error", just more rarely in real Go.
package main

import (
	"context"
	"fmt"

	"k8s.io/apimachinery/pkg/util/wait"
)

func main() {
	stop := make(chan struct{})
	// WithCancel on a channelContext starts propagateCancel's watcher
	// goroutine, which also receives from stop (parent.Done() == stop).
	ctx, cancel := context.WithCancel(wait.ContextForChannel(stop))

	go func() {
		// BUG: "done" is signalled by a send, which only one receiver gets
		stop <- struct{}{}
	}()

	// main waits for the signal straight away
	select {
	case <-stop:
	case <-ctx.Done():
	}
	close(stop)
	cancel()
	fmt.Println("clean shutdown")
}

// Outcome: exit 0 stdout="clean shutdown\n" stderr=""
// Outcome: exit 2 stdout="" stderr="panic: context: internal error: missing cancel error"
// RealGo: 300 runs; outcome 1 x299 (first run 1, 0.0s); outcome 2 x1 (first run 265, 0.6s)
