package main

import (
	"context"
	"fmt"
	"runtime"
)

type userKey struct{}

// chanCtx has a Done channel of its own: context cannot see inside it.
type chanCtx struct {
	context.Context
	ch chan struct{}
}

func (c chanCtx) Done() <-chan struct{} { return c.ch }
func (c chanCtx) Err() error {
	select {
	case <-c.ch:
		return context.Canceled
	default:
		return nil
	}
}

// hooked hides a real context but offers AfterFunc, so children can ask it
// to call them back instead of watching it.
type hooked struct {
	context.Context // Background: no values, no deadline
	inner           context.Context
}

func (h hooked) Done() <-chan struct{}          { return h.inner.Done() }
func (h hooked) Err() error                     { return h.inner.Err() }
func (h hooked) AfterFunc(f func()) func() bool { return context.AfterFunc(h.inner, f) }

func main() {
	live, stopLive := context.WithCancel(context.Background())
	dead, kill := context.WithCancel(context.Background())
	kill()

	parents := []struct {
		name string
		ctx  context.Context
	}{
		{"1 Background (Done is nil)", context.Background()},
		{"2 already canceled", dead},
		{"3 WithValue over a *cancelCtx", context.WithValue(live, userKey{}, "ann")},
		{"4 custom type with AfterFunc", hooked{context.Background(), live}},
		{"5 custom type with its own Done", chanCtx{context.Background(), make(chan struct{})}},
	}

	var cancels []context.CancelFunc
	for _, p := range parents {
		before := runtime.NumGoroutine()
		child, cancel := context.WithCancel(p.ctx)
		cancels = append(cancels, cancel)
		fmt.Printf("%s: +%d goroutine, child.Err() = %v\n",
			p.name, runtime.NumGoroutine()-before, child.Err())
	}
	for _, cancel := range cancels {
		cancel()
	}
	stopLive()
}
