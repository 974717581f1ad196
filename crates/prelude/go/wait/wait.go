package wait

// Standard-library pieces this file uses (the engine must provide them):
//
//   context: context.Context, context.Canceled
//   time:    time.Time (zero value only), time.Duration,
//            time.NewTimer, (*time.Timer).Stop, (*time.Timer).C
//   builtins: make (chan), select with default, defer, func literals
//
// Goroutine Dojo's small version of k8s.io/apimachinery/pkg/util/wait: the
// pieces that turn an old-style stop channel into a context and the loops
// built on them. Unlike Kubernetes, it does not recover panics from f (the
// real HandleCrash logs and then re-panics by default, so a panic still
// ends the program) and it adds no random jitter, so runs are repeatable.

import (
	"context"
	"time"
)

// NeverStop is a stop channel nobody closes: Forever uses it.
var NeverStop <-chan struct{} = make(chan struct{}) // dojo:chan wait.NeverStop

// ContextForChannel wraps a stop channel in a Context. Done is the channel
// itself, so a context derived from it with context.WithCancel has to start
// a watcher goroutine (the channel is not one of context's own).
//
// The channel must be CLOSED to signal "stop". Sending a value on it is a
// bug: the watcher's receive takes the value, then Err does its own
// non-blocking receive, finds nothing and returns nil, and the context
// package panics with "context: internal error: missing cancel error".
func ContextForChannel(parentCh <-chan struct{}) context.Context {
	return channelContext{stopCh: parentCh}
}

var _ context.Context = channelContext{}

type channelContext struct {
	stopCh <-chan struct{}
}

func (c channelContext) Done() <-chan struct{} { return c.stopCh }

// Err reports Canceled only if a receive on the channel succeeds right now,
// which is always true once it is closed.
func (c channelContext) Err() error {
	select {
	case <-c.stopCh:
		return context.Canceled
	default:
		return nil
	}
}

func (c channelContext) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c channelContext) Value(key any) any           { return nil }

// Until calls f every period until stopCh is closed. The period is measured
// from the end of one call of f to the start of the next ("sliding").
func Until(f func(), period time.Duration, stopCh <-chan struct{}) {
	JitterUntil(f, period, 0.0, true, stopCh)
}

// Forever calls f every period, for as long as the program runs.
func Forever(f func(), period time.Duration) {
	Until(f, period, NeverStop)
}

// JitterUntil calls f every period until stopCh is closed. With sliding set
// the period starts after f returns, otherwise it starts before f is called.
// Kubernetes stretches each period by a random amount of up to
// jitterFactor*period; this version ignores jitterFactor so that runs are
// deterministic.
func JitterUntil(f func(), period time.Duration, jitterFactor float64, sliding bool, stopCh <-chan struct{}) {
	var t *time.Timer
	for {
		// Check before every call so that a closed stopCh wins.
		select {
		case <-stopCh:
			return
		default:
		}

		if !sliding {
			t = time.NewTimer(period)
		}
		f()
		if sliding {
			t = time.NewTimer(period)
		}

		select {
		case <-stopCh:
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// ConditionWithContextFunc reports whether polling is done (true), or that
// it failed (a non-nil error ends the polling with that error).
type ConditionWithContextFunc func(context.Context) (done bool, err error)

// PollUntilContextCancel calls condition every interval (first right away
// if immediate is set) until it returns true or an error, or until ctx is
// done, in which case it returns ctx.Err().
func PollUntilContextCancel(ctx context.Context, interval time.Duration, immediate bool, condition ConditionWithContextFunc) error {
	doneCh := ctx.Done()
	if immediate {
		if ok, err := condition(ctx); err != nil || ok {
			return err
		}
	}
	t := time.NewTimer(interval)
	// A closure, so that the timer current at return time is the one stopped.
	defer func() { t.Stop() }()
	for {
		select {
		case <-doneCh:
			return ctx.Err()
		case <-t.C:
		}
		// select picks randomly among ready cases, so a short interval can
		// win even though ctx is already done; check ctx explicitly.
		select {
		case <-doneCh:
			return ctx.Err()
		default:
		}
		if ok, err := condition(ctx); err != nil || ok {
			return err
		}
		t = time.NewTimer(interval)
	}
}
