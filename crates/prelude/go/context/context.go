package context

// Standard-library pieces this file uses (the engine must provide them):
//
//   errors:       errors.New
//   sync:         sync.Mutex (Lock, Unlock), sync.Once (Do)
//   sync/atomic:  atomic.Value (Load, Store)
//   time:         time.Time (Before, Add, String), time.Duration (String),
//                 time.Now, time.Until, time.AfterFunc, (*time.Timer).Stop
//   internal/reflectlite: reflectlite.TypeOf, Type.Comparable, Type.String
//   builtins:     make (chan, map), close, delete, panic, go statements,
//                 select with default, type switches and type assertions
//
// Time.String and Duration.String are only reached from (*timerCtx).String.
//
// This is the Goroutine Dojo re-telling of Go's context package. It keeps
// the same types, the same call structure and the same goroutines as the
// real package, so that the goroutines you see while stepping a program are
// the ones real Go would create. The comments explain why each piece exists.

import (
	"errors"
	"internal/reflectlite"
	"sync"
	"sync/atomic"
	"time"
)

// Context is what every function in a call tree passes down: a way to say
// "stop", an optional deadline and a small bag of request-scoped values.
// All four methods must be safe to call from many goroutines at once.
type Context interface {
	// Deadline reports when the work should be abandoned; ok is false when
	// there is no deadline.
	Deadline() (deadline time.Time, ok bool)

	// Done is closed when the work should stop. A nil channel means this
	// context can never be canceled (a receive on it blocks forever).
	Done() <-chan struct{}

	// Err is nil while Done is open and says why once Done is closed.
	Err() error

	// Value looks a key up in this context and then in its ancestors.
	Value(key any) any
}

// Canceled is the Err of a context whose cancel function was called.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the Err of a context whose deadline passed. Its type
// has Timeout and Temporary methods so that it also works as a net.Error.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// emptyCtx is the root of every tree: no deadline, no values, and a nil
// Done channel, which tells children "I will never be canceled".
type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }

// Background and TODO behave the same; they only print differently, so a
// reader of a context's String can tell which one the code started from.
type backgroundCtx struct{ emptyCtx }

func (backgroundCtx) String() string { return "context.Background" }

type todoCtx struct{ emptyCtx }

func (todoCtx) String() string { return "context.TODO" }

// Background is the usual root: main, tests and incoming requests start here.
func Background() Context { return backgroundCtx{} }

// TODO is a root for code that has not yet decided which context to use.
func TODO() Context { return todoCtx{} }

// A CancelFunc asks a context to stop. It does not wait for anything, and
// calling it more than once does nothing after the first call.
type CancelFunc func()

// WithCancel returns a child of parent with its own Done channel, closed when
// cancel is called or when parent is canceled, whichever comes first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := withCancel(parent)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// A CancelCauseFunc is a CancelFunc that also records why it canceled.
type CancelCauseFunc func(cause error)

// WithCancelCause is WithCancel whose cancel function takes a cause, which
// Cause(ctx) later returns. Err still says Canceled.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := withCancel(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

// withCancel is shared by WithCancel and WithCancelCause: make the node and
// hook it into the parent so that the parent's cancel reaches it.
func withCancel(parent Context) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{}
	c.propagateCancel(parent, c)
	return c
}

// Cause says why c was canceled: the cause given to a CancelCauseFunc (or
// to WithDeadlineCause / WithTimeoutCause), else c.Err(), else nil while c
// is still live.
func Cause(c Context) error {
	err := c.Err()
	if err == nil {
		return nil
	}
	// Find the nearest *cancelCtx above (or at) c; it holds the cause.
	if cc, ok := c.Value(&cancelCtxKey).(*cancelCtx); ok {
		cc.mu.Lock()
		cause := cc.cause
		cc.mu.Unlock()
		if cause != nil {
			return cause
		}
	}
	return err
}

// AfterFunc arranges for f to run in a goroutine of its own once ctx is
// done. stop unregisters f; it returns true if that prevented f from
// running and false if f was already started (or stop was already called).
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{
		f: f,
	}
	a.cancelCtx.propagateCancel(ctx, a)
	return func() bool {
		stopped := false
		// Whoever gets the once first wins: stop or the cancellation.
		a.once.Do(func() {
			stopped = true
		})
		if stopped {
			a.cancel(true, Canceled, nil)
		}
		return stopped
	}
}

// afterFuncer is implemented by custom contexts that can run a callback on
// cancellation themselves; propagateCancel uses it instead of a goroutine.
type afterFuncer interface {
	AfterFunc(func()) func() bool
}

// afterFuncCtx is a cancelCtx that nobody sees: it only exists to be a child
// of ctx, so that ctx's cancellation reaches it and starts f.
type afterFuncCtx struct {
	cancelCtx
	once sync.Once // decides between "run f" and "stop" exactly once
	f    func()
}

func (a *afterFuncCtx) cancel(removeFromParent bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		removeChild(a.Context, a)
	}
	a.once.Do(func() {
		go a.f() // f never runs on the canceling goroutine
	})
}

// stopCtx is what a cancelCtx keeps as its parent when it registered itself
// with a parent's own AfterFunc; removing the child then means calling stop.
type stopCtx struct {
	Context
	stop func() bool
}

// cancelCtxKey has no value that matters: its address is a private key.
// Asking a context for Value(&cancelCtxKey) returns the nearest *cancelCtx.
var cancelCtxKey int

// parentCancelCtx finds the *cancelCtx that parent's Done channel belongs to.
// It fails when parent has no usable Done channel or when a custom context
// in between supplies a Done channel of its own (then the two do not match
// and the child must not be attached to the inner cancelCtx).
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == closedchan || done == nil {
		return nil, false
	}
	p, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok {
		return nil, false
	}
	pdone, _ := p.done.Load().(chan struct{})
	if pdone != done {
		return nil, false
	}
	return p, true
}

// removeChild undoes the registration made by propagateCancel, so that a
// canceled child does not stay in its parent's map for the parent's lifetime.
func removeChild(parent Context, child canceler) {
	if s, ok := parent.(stopCtx); ok {
		s.stop()
		return
	}
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.mu.Unlock()
}

// A canceler is a context node that can be canceled directly by its parent:
// *cancelCtx, *timerCtx and *afterFuncCtx.
type canceler interface {
	cancel(removeFromParent bool, err, cause error)
	Done() <-chan struct{}
}

// closedchan is shared by every context canceled before anyone asked for
// its Done channel, so no channel has to be made just to be closed.
var closedchan = make(chan struct{}) // dojo:chan closedchan

func init() {
	close(closedchan)
}

// cancelCtx is the heart of the package. It remembers its parent (the
// embedded Context), the children it must cancel, and its own Done channel.
type cancelCtx struct {
	Context

	mu       sync.Mutex            // guards children, err and cause, and making done
	done     atomic.Value          // a chan struct{}, made on first Done(), closed by the first cancel
	children map[canceler]struct{} // nodes to cancel with us; nil again after cancel
	err      error                 // nil until the first cancel
	cause    error                 // nil until the first cancel
}

// Value answers the private cancelCtxKey with the node itself; every other
// key is looked up in the ancestors.
func (c *cancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return c
	}
	return value(c.Context, key)
}

// Done makes the channel on first use. The atomic load lets the common case
// skip the mutex; the second load under the mutex avoids making two channels.
func (c *cancelCtx) Done() <-chan struct{} {
	d := c.done.Load()
	if d != nil {
		return d.(chan struct{})
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	d = c.done.Load()
	if d == nil {
		d = make(chan struct{}) // dojo:chan ctx.Done()
		c.done.Store(d)
	}
	return d.(chan struct{})
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

// propagateCancel makes parent's cancellation reach child. c.Context becomes
// parent. Which mechanism is used depends on what parent is, tried in order:
func (c *cancelCtx) propagateCancel(parent Context, child canceler) {
	c.Context = parent

	// 1. A nil Done channel: parent can never be canceled, nothing to do.
	done := parent.Done()
	if done == nil {
		return
	}

	// 2. Parent already done: cancel the child right now, on this goroutine.
	select {
	case <-done:
		child.cancel(false, parent.Err(), Cause(parent))
		return
	default:
	}

	// 3. Parent is (or wraps, without changing Done) one of our cancelCtx:
	// just add child to its children map. No goroutine needed.
	if p, ok := parentCancelCtx(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			// It was canceled in the meantime.
			child.cancel(false, p.err, p.cause)
		} else {
			if p.children == nil {
				p.children = make(map[canceler]struct{})
			}
			p.children[child] = struct{}{}
		}
		p.mu.Unlock()
		return
	}

	// 4. Parent can call us back itself through its own AfterFunc method.
	if a, ok := parent.(afterFuncer); ok {
		c.mu.Lock()
		stop := a.AfterFunc(func() {
			child.cancel(false, parent.Err(), Cause(parent))
		})
		c.Context = stopCtx{
			Context: parent,
			stop:    stop,
		}
		c.mu.Unlock()
		return
	}

	// 5. A foreign context with its own Done channel: the only way to notice
	// its cancellation is to wait on it, so start one watcher goroutine. It
	// ends when the parent is done or when the child is canceled first.
	// Note that it trusts parent.Err() to be non-nil once Done is readable.
	go func() { // dojo:watcher
		select {
		case <-parent.Done():
			child.cancel(false, parent.Err(), Cause(parent))
		case <-child.Done():
		}
	}()
}

type stringer interface {
	String() string
}

// contextName prints a parent: its own String if it has one, else its type.
func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return reflectlite.TypeOf(c).String()
}

func (c *cancelCtx) String() string {
	return contextName(c.Context) + ".WithCancel"
}

// cancel closes c.done, cancels every child and, if removeFromParent is set,
// takes c out of its parent's children. Only the first call does anything.
// A nil err would leave the context "done but without an error", which the
// package treats as a broken invariant.
func (c *cancelCtx) cancel(removeFromParent bool, err, cause error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return // someone canceled it first
	}
	c.err = err
	c.cause = cause
	d, _ := c.done.Load().(chan struct{})
	if d == nil {
		c.done.Store(closedchan)
	} else {
		close(d)
	}
	for child := range c.children {
		// Children are canceled while we hold our own lock; they do not
		// remove themselves from our map (we drop the whole map below).
		child.cancel(false, err, cause)
	}
	c.children = nil
	c.mu.Unlock()

	if removeFromParent {
		removeChild(c.Context, c)
	}
}

// WithoutCancel keeps parent's values but none of its cancellation or
// deadline: useful for work that must outlive the request that started it.
func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return withoutCancelCtx{parent}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }

func (c withoutCancelCtx) Value(key any) any {
	return value(c, key)
}

func (c withoutCancelCtx) String() string {
	return contextName(c.c) + ".WithoutCancel"
}

// WithDeadline is WithCancel that also cancels itself at time d with
// DeadlineExceeded. A child can never outlive its parent's deadline.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause is WithDeadline whose expiry records cause for Cause.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		// The parent expires first anyway; a plain cancelCtx is enough.
		return WithCancel(parent)
	}
	c := &timerCtx{
		deadline: d,
	}
	c.cancelCtx.propagateCancel(parent, c)
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded, cause) // already too late
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil {
		// The timer's function runs in a new goroutine when it fires.
		c.timer = time.AfterFunc(dur, func() {
			c.cancel(true, DeadlineExceeded, cause)
		})
	}
	return c, func() { c.cancel(true, Canceled, nil) }
}

// timerCtx is a cancelCtx plus a timer that cancels it at the deadline.
type timerCtx struct {
	cancelCtx
	timer *time.Timer // guarded by cancelCtx.mu

	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) String() string {
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" +
		c.deadline.String() + " [" +
		time.Until(c.deadline).String() + "])"
}

// cancel also stops the timer so it does not fire (and hold memory) later.
func (c *timerCtx) cancel(removeFromParent bool, err, cause error) {
	c.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		removeChild(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
}

// WithTimeout is WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithTimeoutCause is WithDeadlineCause(parent, time.Now().Add(timeout), cause).
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

// WithValue adds one key/value pair. Cancellation passes straight through a
// value node: it has no Done of its own and answers with its parent's.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	// Lookups compare keys with ==, which would panic later for a slice,
	// map or func key; refuse such keys now instead.
	if !reflectlite.TypeOf(key).Comparable() {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

// valueCtx holds one pair and embeds its parent, so Deadline, Done and Err
// are simply the parent's.
type valueCtx struct {
	Context
	key, val any
}

// stringify prints a key or value without the fmt package: its String, the
// string itself, "<nil>", or else just its type name.
func stringify(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	return reflectlite.TypeOf(v).String()
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(" +
		stringify(c.key) + ", " +
		stringify(c.val) + ")"
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return value(c.Context, key)
}

// value walks up the chain in a loop instead of recursing through each
// node's Value method, for the node types this package knows. Other types
// get their own Value method called.
func value(c Context, key any) any {
	for {
		switch ctx := c.(type) {
		case *valueCtx:
			if key == ctx.key {
				return ctx.val
			}
			c = ctx.Context
		case *cancelCtx:
			if key == &cancelCtxKey {
				return c
			}
			c = ctx.Context
		case withoutCancelCtx:
			if key == &cancelCtxKey {
				// Hide the cancelCtx above: Cause must not see through.
				return nil
			}
			c = ctx.c
		case *timerCtx:
			if key == &cancelCtxKey {
				return &ctx.cancelCtx
			}
			c = ctx.Context
		case backgroundCtx, todoCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}
