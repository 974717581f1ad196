// Shim for the harness: time's natives implemented with Go's real clock
// and timers, keeping Go 1.23's channel semantics: a fired value waits
// for a receiver and is withdrawn by Stop and Reset.

package time

import (
	realsync "sync"
	real "time"
)

var start = real.Now()

func now() (sec int64, nsec int32, mono int64) {
	t := real.Now()
	return t.Unix(), int32(t.Nanosecond()), int64(t.Sub(start)) + 1
}

func Sleep(d Duration) { real.Sleep(real.Duration(d)) }

type shimTimer struct {
	c       chan Time
	f       func()
	period  Duration
	rt      *real.Timer   // the armed real timer, nil when disarmed
	gen     int           // bumped by stop and reset: older firings are void
	pending chan struct{} // non-nil while a fired value waits; close to withdraw
}

var (
	timerLock realsync.Mutex
	timers    = map[any]*shimTimer{}
)

func startTimer(key any, d Duration, period Duration, c chan Time, f func()) {
	timerLock.Lock()
	defer timerLock.Unlock()
	t := &shimTimer{c: c, f: f, period: period}
	timers[key] = t
	t.arm(d)
}

// arm starts the real timer; timerLock is held.
func (t *shimTimer) arm(d Duration) {
	gen := t.gen
	t.rt = real.AfterFunc(real.Duration(d), func() { t.fire(gen) })
}

func (t *shimTimer) fire(gen int) {
	timerLock.Lock()
	defer timerLock.Unlock()
	if gen != t.gen {
		return
	}
	t.rt = nil
	if t.period > 0 {
		t.arm(t.period)
	}
	if t.f != nil {
		go t.f()
		return
	}
	if t.pending != nil {
		return // a tick is already waiting: drop this one
	}
	withdraw := make(chan struct{})
	t.pending = withdraw
	v := Now()
	go func() {
		select {
		case t.c <- v:
			timerLock.Lock()
			if t.pending == withdraw {
				t.pending = nil
			}
			timerLock.Unlock()
		case <-withdraw:
		}
	}()
}

// stop disarms t; timerLock is held.
func (t *shimTimer) stop() bool {
	t.gen++
	active := false
	if t.rt != nil {
		active = t.rt.Stop()
		t.rt = nil
	}
	if t.pending != nil {
		close(t.pending)
		t.pending = nil
		active = true
	}
	return active
}

func stopTimer(key any) bool {
	timerLock.Lock()
	defer timerLock.Unlock()
	return timers[key].stop()
}

func resetTimer(key any, d Duration, period Duration) bool {
	timerLock.Lock()
	defer timerLock.Unlock()
	t := timers[key]
	active := t.stop()
	t.period = period
	t.arm(d)
	return active
}
