// Package errgroup is Goroutine Dojo's version of golang.org/x/sync/errgroup,
// written in plain Go on top of sync.WaitGroup, sync.Once, a buffered
// channel and context, the way the real package is built, so that the
// goroutines and channel operations seen while stepping are the real ones.
//
// A Group runs a set of tasks in goroutines, remembers the first error one
// of them returns, and, when made by WithContext, cancels a context at that
// moment so the other tasks can give up early. SetLimit bounds how many
// tasks run at once with a buffered channel used as a counting semaphore.
//
// It follows x/sync v0.10 and later: WithContext uses
// context.WithCancelCause, so context.Cause of the derived context is the
// first error, and Wait cancels the context with that error (or with nil,
// which makes the cause context.Canceled) once every task has returned.
//
// Panics: for a few releases in 2025 x/sync recovered a panic in a task
// and panicked again in Wait; that was reverted because it delayed crashes
// and could hide them behind deadlocks. Like the current x/sync (and every
// release before), a panic in a task here is an ordinary goroutine panic:
// it ends the program where it happens. The task's deferred bookkeeping
// (Done on the WaitGroup) still runs while it panics, so Wait may return
// just before the program dies.
package errgroup

import (
	"context"
	"fmt"
	"sync"
)

// token is what a running task holds in the limit channel.
type token struct{}

// A Group is a collection of goroutines working on parts of one job. The
// zero value is ready to use, has no limit and does not cancel anything
// when a task fails.
type Group struct {
	cancel func(error) // set by WithContext; called with the first error

	wg sync.WaitGroup // counts the tasks still running

	sem chan token // one token per running task when a limit is set

	errOnce sync.Once // makes sure only the first error is kept
	err     error
}

// finish is deferred by every task: it gives back the task's token, if
// there is a limit, and tells Wait that one more task is over.
func (g *Group) finish() {
	if g.sem != nil {
		<-g.sem
	}
	g.wg.Done()
}

// WithContext returns a new Group and a context derived from ctx. That
// context is canceled, with the error as its cause, as soon as a task
// returns a non-nil error, or else when Wait returns, whichever is first.
func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

// Wait blocks until every task started with Go or TryGo has returned, then
// returns the first non-nil error any of them returned (or nil).
func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

// Go runs f in a new goroutine. With a limit set, Go first waits until
// fewer than the limit of tasks are running. The first task to return a
// non-nil error records it (and cancels the group's context, if any);
// Wait returns it.
func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- token{}
	}
	g.start(f)
}

// TryGo is Go that does not wait: when the limit is reached it starts
// nothing and returns false. It returns true when f was started.
func (g *Group) TryGo(f func() error) bool {
	if g.sem != nil {
		select {
		case g.sem <- token{}:
		default:
			return false
		}
	}
	g.start(f)
	return true
}

// start counts f in the group and runs it in its own goroutine; the caller
// already holds f's token if there is a limit.
func (g *Group) start(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.finish()
		// A panic in f is left alone on purpose: see the package comment.
		if err := f(); err != nil {
			g.keep(err)
		}
	}()
}

// keep records err if it is the group's first error and cancels the
// group's context with it.
func (g *Group) keep(err error) {
	g.errOnce.Do(func() {
		g.err = err
		if g.cancel != nil {
			g.cancel(err)
		}
	})
}

// SetLimit allows at most n tasks of the group to run at the same time; a
// negative n removes the limit. A limit of 0 makes every Go block forever
// and every TryGo fail. The limit must not change while tasks are running:
// SetLimit panics if any are.
func (g *Group) SetLimit(n int) {
	if n < 0 {
		g.sem = nil
		return
	}
	if active := len(g.sem); active != 0 {
		panic(fmt.Errorf("errgroup: modify limit while %v goroutines in the group are still active", active))
	}
	g.sem = make(chan token, n) // dojo:chan errgroup limit
}
