// Timers and tickers of Goroutine Dojo's time package, on top of the timer
// natives in natives.go. As in Go 1.23 and later, a timer's channel is
// unbuffered (len and cap are 0): a fired value waits inside the timer
// until someone receives it, and Stop or Reset throw it away, so no stale
// value is ever received after they return.

package time

// Timer sends the current time on C once, after a delay (unless it was
// made by AfterFunc: then C is nil and a function runs instead). Make it
// with NewTimer or AfterFunc; the engine knows it by its address.
type Timer struct {
	C         <-chan Time
	initTimer bool
}

// NewTimer returns a Timer that sends the current time on its channel
// after at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time) // dojo:chan timer.C
	t := &Timer{C: c, initTimer: true}
	startTimer(t, d, 0, c, nil)
	return t
}

// Stop prevents the Timer from firing. It returns true if that stopped it,
// false if it had already fired (and its value was received, or its
// function started) or was already stopped.
func (t *Timer) Stop() bool {
	if !t.initTimer {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t)
}

// Reset makes the Timer fire after d from now, as if it were new. It
// returns what Stop would have returned.
func (t *Timer) Reset(d Duration) bool {
	if !t.initTimer {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t, d, 0)
}

// After is NewTimer(d).C: a channel that receives the time after d.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc calls f in its own goroutine after d. The Timer it returns
// can cancel the call with Stop.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{initTimer: true}
	startTimer(t, d, 0, nil, f)
	return t
}

// Ticker sends the current time on C every period. A receiver that falls
// behind misses ticks: at most one tick waits to be received.
type Ticker struct {
	C          <-chan Time
	initTicker bool
}

// NewTicker returns a Ticker that ticks every d. d must be positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time) // dojo:chan timer.C
	t := &Ticker{C: c, initTicker: true}
	startTimer(t, d, d, c, nil)
	return t
}

// Stop turns the ticker off; no tick is received after Stop returns.
// Stopping a Ticker not made by NewTicker does nothing.
func (t *Ticker) Stop() {
	if !t.initTicker {
		return
	}
	stopTimer(t)
}

// Reset stops the ticker and restarts it with period d, the first tick
// d from now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if !t.initTicker {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t, d, d)
}

// Tick is NewTicker(d).C, for a ticker that is never stopped. It returns
// nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
