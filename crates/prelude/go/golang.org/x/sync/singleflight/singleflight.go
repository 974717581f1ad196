// Package singleflight is Goroutine Dojo's version of
// golang.org/x/sync/singleflight: duplicate call suppression. While a call
// for a key is running, later callers for the same key do not run their
// own function; they wait (on the call's sync.WaitGroup, or on a channel
// for DoChan) and share its result.
//
// Simplifications: a panic in the function is re-raised, in Do's caller
// and in every waiting Do, as a *panicError whose text is the panic value
// followed by an empty stack (the Dojo has no runtime/debug.Stack), and,
// when DoChan callers are waiting, from a fresh goroutine so that nobody
// can recover it, as the real package does. A runtime.Goexit in the
// function makes waiting Do calls Goexit too, and DoChan callers are then
// never answered, also as in the real package.
package singleflight

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// errGoexit marks a call whose function ended with runtime.Goexit.
var errGoexit = errors.New("runtime.Goexit was called")

// panicError carries a panic out of the function to the callers.
type panicError struct {
	value any
	stack []byte // always empty in the Dojo
}

// Error prints the panic value, then (after a blank line) the stack.
func (p *panicError) Error() string {
	return fmt.Sprintf("%v\n\n%s", p.value, p.stack)
}

// Unwrap returns the panic value if it is an error.
func (p *panicError) Unwrap() error {
	err, ok := p.value.(error)
	if !ok {
		return nil
	}
	return err
}

// call is one running (or just finished) call of a key's function.
type call struct {
	wg sync.WaitGroup // Done when val and err are final

	val any
	err error

	dups  int             // how many callers joined this call
	chans []chan<- Result // DoChan callers to answer
}

// Group holds the calls in flight, one per key. The zero value is ready
// to use.
type Group struct {
	mu sync.Mutex       // guards m
	m  map[string]*call // created on first use
}

// Result is what DoChan sends: Do's three results as one value.
type Result struct {
	Val    any
	Err    error
	Shared bool
}

// Do runs fn for key and returns its results, unless a call for key is
// already running: then it waits for that one and returns its results.
// shared says whether the results went to more than one caller.
func (g *Group) Do(key string, fn func() (any, error)) (v any, err error, shared bool) {
	g.mu.Lock()
	if g.m == nil {
		g.m = make(map[string]*call)
	}
	if c, ok := g.m[key]; ok {
		c.dups++
		g.mu.Unlock()
		c.wg.Wait()
		if p, ok := c.err.(*panicError); ok {
			panic(p)
		}
		if c.err == errGoexit {
			runtime.Goexit()
		}
		return c.val, c.err, true
	}
	c := new(call)
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()

	g.run(c, key, fn)
	return c.val, c.err, c.dups > 0
}

// DoChan is Do that does not wait: the Result arrives on the returned
// channel (which has room for it, so nobody blocks sending). A new call's
// function runs in a goroutine of its own.
func (g *Group) DoChan(key string, fn func() (any, error)) <-chan Result {
	ch := make(chan Result, 1) // dojo:chan singleflight result
	g.mu.Lock()
	if g.m == nil {
		g.m = make(map[string]*call)
	}
	if c, ok := g.m[key]; ok {
		c.dups++
		c.chans = append(c.chans, ch)
		g.mu.Unlock()
		return ch
	}
	c := &call{chans: []chan<- Result{ch}}
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()

	go g.run(c, key, fn)
	return ch
}

// run calls fn for c, then publishes the outcome: it wakes the waiting Do
// calls, forgets the key (unless Forget already replaced the call) and
// answers the DoChan callers. It tells the three ways fn can end apart:
// returning, panicking (recovered below) and runtime.Goexit (which no
// recover stops, so only the deferred function sees it).
func (g *Group) run(c *call, key string, fn func() (any, error)) {
	returned := false // fn returned normally
	panicked := false // fn panicked and the panic was recovered

	defer func() {
		if !returned && !panicked {
			c.err = errGoexit
		}

		g.mu.Lock()
		defer g.mu.Unlock()
		c.wg.Done()
		if g.m[key] == c {
			delete(g.m, key)
		}

		if p, ok := c.err.(*panicError); ok {
			if len(c.chans) > 0 {
				// Nobody reading a channel could recover it: crash the
				// program from a goroutine of its own.
				go func() { panic(p) }()
				select {} // stay, as the real package does, until the crash
			}
			panic(p)
		}
		if c.err == errGoexit {
			return // this goroutine is already on its way out
		}
		for _, ch := range c.chans {
			ch <- Result{c.val, c.err, c.dups > 0}
		}
	}()

	func() {
		defer func() {
			if !returned {
				if r := recover(); r != nil {
					c.err = &panicError{value: r}
				}
			}
		}()
		c.val, c.err = fn()
		returned = true
	}()

	if !returned {
		panicked = true
	}
}

// Forget makes the next call for key run its function again instead of
// joining the call in flight. Callers already waiting still get its
// results.
func (g *Group) Forget(key string) {
	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
}
