// Package semaphore is Goroutine Dojo's version of
// golang.org/x/sync/semaphore: a weighted semaphore, written in plain Go
// with a sync.Mutex and one channel per waiting goroutine, as the real
// package is, so stepping through Acquire shows the real waits.
//
// Waiters are served strictly in arrival order: a small request never
// overtakes a larger one queued before it, so big requests cannot starve.
// The real package keeps its queue in a container/list; here it is a slice
// of pointers, which behaves the same.
package semaphore

import (
	"context"
	"sync"
)

// waiter is one goroutine blocked in Acquire.
type waiter struct {
	n     int64
	ready chan struct{} // closed once the n units are granted to this waiter
}

// Weighted is a semaphore with size units; each Acquire takes some of them
// and the matching Release gives them back. Make one with NewWeighted.
type Weighted struct {
	size    int64
	cur     int64 // units held right now
	mu      sync.Mutex
	waiters []*waiter // blocked Acquires, oldest first
}

// NewWeighted returns a semaphore with n units, all free.
func NewWeighted(n int64) *Weighted {
	return &Weighted{size: n}
}

// Acquire takes n units, waiting until they are free or ctx is done. On
// success it returns nil. If ctx is done first it returns ctx.Err() and
// takes nothing, even if the units became free at the same moment.
//
// Asking for more than the semaphore's size can never succeed: such a call
// does not queue (it would block everybody behind it) and just waits for
// ctx to be done. With a context that is never done it blocks forever.
func (s *Weighted) Acquire(ctx context.Context, n int64) error {
	done := ctx.Done()

	s.mu.Lock()
	// A context that was already done when we got here wins, even when the
	// units are free.
	select {
	case <-done:
		s.mu.Unlock()
		return ctx.Err()
	default:
	}
	// Fast path: enough room and nobody queued ahead of us.
	if s.size-s.cur >= n && len(s.waiters) == 0 {
		s.cur += n
		s.mu.Unlock()
		return nil
	}

	if n > s.size {
		s.mu.Unlock()
		<-done
		return ctx.Err()
	}

	w := &waiter{n: n, ready: make(chan struct{})} // dojo:chan semaphore waiter
	s.waiters = append(s.waiters, w)
	s.mu.Unlock()

	select {
	case <-done:
		s.mu.Lock()
		select {
		case <-w.ready:
			// Release granted us the units just as ctx ended: hand
			// them back, which may let the next waiters go.
			s.cur -= n
			s.wakeWaiters()
		default:
			first := s.remove(w)
			// Leaving the head of the queue may unblock those behind.
			if first && s.size > s.cur {
				s.wakeWaiters()
			}
		}
		s.mu.Unlock()
		return ctx.Err()

	case <-w.ready:
		// Granted. If ctx ended meanwhile, cancellation still wins.
		select {
		case <-done:
			s.Release(n)
			return ctx.Err()
		default:
		}
		return nil
	}
}

// TryAcquire takes n units if they are free and nobody is waiting, without
// blocking, and reports whether it did.
func (s *Weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	ok := s.size-s.cur >= n && len(s.waiters) == 0
	if ok {
		s.cur += n
	}
	s.mu.Unlock()
	return ok
}

// Release gives back n units and wakes the waiters that now fit, in order.
// Releasing more than is held panics.
func (s *Weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	s.wakeWaiters()
	s.mu.Unlock()
}

// wakeWaiters grants units to queued waiters from the front for as long as
// the next one fits. It stops at the first that does not fit rather than
// looking further back: serving smaller requests first could starve a big
// one forever (think of a writer needing every unit among many readers).
// s.mu must be held.
func (s *Weighted) wakeWaiters() {
	for len(s.waiters) > 0 {
		w := s.waiters[0]
		if s.size-s.cur < w.n {
			break
		}
		s.cur += w.n
		s.waiters[0] = nil
		s.waiters = s.waiters[1:]
		close(w.ready)
	}
}

// remove takes w out of the queue and reports whether it was at the front.
// s.mu must be held.
func (s *Weighted) remove(w *waiter) (wasFirst bool) {
	for i, x := range s.waiters {
		if x == w {
			copy(s.waiters[i:], s.waiters[i+1:])
			s.waiters[len(s.waiters)-1] = nil
			s.waiters = s.waiters[:len(s.waiters)-1]
			return i == 0
		}
	}
	return false
}
