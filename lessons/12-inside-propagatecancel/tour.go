package main

import (
	"context"
	"fmt"
	"runtime"
)

type userKey struct{}

// ownDone has a Done channel of its own, which the context package cannot
// look inside.
type ownDone struct {
	context.Context // Background: no deadline, no values
	ch              chan struct{}
}

func (o ownDone) Done() <-chan struct{} { return o.ch }
func (o ownDone) Err() error {
	select {
	case <-o.ch:
		return context.Canceled
	default:
		return nil
	}
}

// attach derives a child from parent and reports what it cost.
func attach(name string, parent context.Context) context.CancelFunc {
	before := runtime.NumGoroutine()
	child, cancel := context.WithCancel(parent)
	fmt.Printf("%-28s +%d goroutine, child.Err() = %v\n",
		name+":", runtime.NumGoroutine()-before, child.Err())
	return cancel
}

func main() {
	live, stopLive := context.WithCancel(context.Background())
	defer stopLive()
	dead, kill := context.WithCancel(context.Background())
	kill()

	cancels := []context.CancelFunc{
		attach("1 parent never cancels", context.Background()),
		attach("2 parent already done", dead),
		attach("3 *cancelCtx under a value", context.WithValue(live, userKey{}, "ann")),
		attach("4 foreign Done channel", ownDone{context.Background(), make(chan struct{})}),
	}
	for _, cancel := range cancels {
		cancel() // case 4's watcher goroutine exits here
	}
}
