// Package iter: the iterator types that range-over-function loops accept,
// and Pull, which turns a push iterator into a pair of functions.
//
// Go runs a pulled iterator as a coroutine: a goroutine-like stack that
// only ever runs while the caller of next or stop waits for it. Goroutine
// Dojo runs it as a goroutine that hands every value over an unbuffered
// channel, which behaves the same way (never two of them running at
// once) and shows on the page as a lane of its own, so a learner can
// watch the hand-offs.
package iter

// Seq is an iterator over single values: it calls yield with each in
// turn, and stops early when yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs.
type Seq2[K, V any] func(yield func(K, V) bool)

// pulled is the state Pull and Pull2 share: whether the iterator is
// finished, and how control passes between the caller and the iterator.
type pulled struct {
	started bool
	done    bool
	// resume carries the caller's wish to the iterator: true for the next
	// value, false to stop.
	resume chan bool
	// back returns control to the caller, after a value or at the end.
	back     chan struct{}
	panicked bool
	panicVal any
}

func newPulled() *pulled {
	return &pulled{resume: make(chan bool), back: make(chan struct{})}
}

// run is the iterator's goroutine: it waits for the first request, runs
// body, and reports how it ended.
func (p *pulled) run(body func()) {
	defer func() {
		if r := recover(); r != nil {
			p.panicked, p.panicVal = true, r
		}
		p.done = true
		p.back <- struct{}{}
	}()
	if <-p.resume {
		body()
	}
}

// yield hands a value to the caller (which set it) and waits for the next
// request; false once the caller has stopped.
func (p *pulled) yield() bool {
	if p.done {
		return false
	}
	p.back <- struct{}{}
	return <-p.resume
}

// step asks the iterator for one more value; false when it has ended.
func (p *pulled) step(body func()) bool {
	if p.done {
		return false
	}
	if !p.started {
		p.started = true
		go p.run(body)
	}
	p.resume <- true
	<-p.back
	p.repanic()
	return !p.done
}

// stop ends the iterator: its pending yield returns false and it runs to
// its end.
func (p *pulled) stop() {
	if p.done {
		return
	}
	if !p.started {
		p.done = true
		return
	}
	p.done = true
	p.resume <- false
	<-p.back
	p.repanic()
}

// repanic raises in the caller a panic the iterator did not recover.
func (p *pulled) repanic() {
	if p.panicked {
		p.panicked = false
		panic(p.panicVal)
	}
}

// Pull turns seq into next, which returns its values one by one and then
// false, and stop, which ends it early. Call stop when done with next.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	p := newPulled()
	var v V
	body := func() {
		seq(func(x V) bool {
			v = x
			return p.yield()
		})
	}
	next = func() (V, bool) {
		var zero V
		if !p.step(body) {
			return zero, false
		}
		r := v
		v = zero
		return r, true
	}
	return next, p.stop
}

// Pull2 is Pull for an iterator over pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	p := newPulled()
	var k K
	var v V
	body := func() {
		seq(func(x K, y V) bool {
			k, v = x, y
			return p.yield()
		})
	}
	next = func() (K, V, bool) {
		var zk K
		var zv V
		if !p.step(body) {
			return zk, zv, false
		}
		rk, rv := k, v
		k, v = zk, zv
		return rk, rv, true
	}
	return next, p.stop
}
