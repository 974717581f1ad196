// Package sync is Goroutine Dojo's version of Go's sync package. Locking,
// waiting and waking are natives (natives.go) so the engine can block and
// release goroutines and name what they wait for; Once, OnceFunc, Cond and
// WaitGroup's Done and Go are written in Go on top of them, as in Go.
package sync

import "sync/atomic"

// noCopy makes "go vet" complain when a value is copied after first use,
// as in Go. It has no effect when the program runs.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Locker is anything that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a mutual-exclusion lock; the zero value is unlocked. Lock,
// Unlock and TryLock are natives. The fields mirror Go's layout, so a
// printed Mutex looks the same as in Go.
type Mutex struct {
	_ noCopy

	mu mutex
}

type mutex struct {
	state int32
	sema  uint32
}

// RWMutex is a reader/writer lock: many readers or one writer. The zero
// value is unlocked. All its methods except RLocker are natives.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}

// RLocker returns a Locker whose Lock and Unlock are rw.RLock and
// rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// WaitGroup waits for a collection of goroutines to finish. Add and Wait
// are natives.
type WaitGroup struct {
	noCopy noCopy

	state atomic.Uint64
	sema  uint32
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Go runs f in a new goroutine and counts it in the group. If f panics,
// Done is not called: the panic will end the program anyway, and a Wait
// released by Done could let main exit before the panic is reported.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				panic(x)
			}
			// f returned, or called runtime.Goexit.
			wg.Done()
		}()
		f()
	}()
}

// Once runs a function exactly once.
type Once struct {
	_ noCopy

	done atomic.Bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time on o.
// Other callers wait until that first f has returned. If f panics, Do
// considers it returned: later calls do not call f again.
func (o *Once) Do(f func()) {
	if o.done.Load() {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done.Load() {
		defer o.done.Store(true)
		f()
	}
}

// OnceFunc returns a function that calls f only the first time. If f
// panicked, every call of the returned function panics with the same value.
func OnceFunc(f func()) func() {
	var (
		once     Once
		finished bool // f returned normally
		p        any  // what f panicked with
	)
	return func() {
		once.Do(func() {
			defer func() {
				f = nil // f is not needed any more
				p = recover()
				if !finished {
					// Panic again now, so the first caller's trace
					// still shows where f panicked.
					panic(p)
				}
			}()
			f()
			finished = true
		})
		if !finished {
			panic(p)
		}
	}
}

// Cond is a condition variable: goroutines Wait until another goroutine
// Signals or Broadcasts that something changed. L is held while the
// condition is checked or changed.
type Cond struct {
	noCopy noCopy

	L Locker

	notify  notifyList
	checker copyChecker
}

// notifyList is the queue of waiting goroutines; the engine keys it by
// address. Its fields only mirror Go's layout.
type notifyList struct {
	wait   atomic.Uint32
	notify uint32
	lock   uintptr
	head   *struct{}
	tail   *struct{}
}

// copyChecker mirrors Go's layout; the Dojo does not detect copied Conds.
type copyChecker uintptr

// NewCond returns a new Cond that uses l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for a Signal or Broadcast, and locks c.L again
// before returning. The ticket is taken before unlocking, so a Signal sent
// between the Unlock and the wait is not lost.
func (c *Cond) Wait() {
	t := notifyListAdd(&c.notify)
	c.L.Unlock()
	notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes the goroutine that has waited longest, if any.
func (c *Cond) Signal() {
	notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all waiting goroutines.
func (c *Cond) Broadcast() {
	notifyListNotifyAll(&c.notify)
}
