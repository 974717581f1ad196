// Pool of Goroutine Dojo's sync package. Go's Pool keeps a small cache per
// processor (one private slot plus a shared stack) and lets the garbage
// collector empty it at any time. The Dojo's is that cache for a single
// processor, guarded by a Mutex, and is never emptied behind the
// program's back. A correct program cannot tell the difference: it may
// not rely on Get returning any particular item that was Put.

package sync

// A Pool is a set of spare objects to reuse instead of allocating new
// ones, which many goroutines may share. New, if set, makes a value when
// the pool is empty. A Pool must not be copied after first use.
type Pool struct {
	noCopy noCopy

	mu      Mutex
	private any   // taken first by Get, filled first by Put
	shared  []any // the other spare objects; the last one Put is on top

	// New makes a value for Get when the pool has none. It may be nil,
	// and Get then returns nil.
	New func() any
}

// Put adds x to the pool. Putting nil does nothing.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.private == nil {
		p.private = x
	} else {
		p.shared = append(p.shared, x)
	}
	p.mu.Unlock()
}

// Get takes an object out of the pool and returns it: the private one if
// there is one, else the one on top of the shared stack. As with Go on a
// single processor, Put(a), Put(b), Put(c) then Gets return a, c, b. If
// the pool is empty, Get returns p.New(), or nil when New is not set; New
// runs without the pool locked.
func (p *Pool) Get() any {
	p.mu.Lock()
	x := p.private
	p.private = nil
	if x == nil {
		if n := len(p.shared); n > 0 {
			x = p.shared[n-1]
			p.shared[n-1] = nil
			p.shared = p.shared[:n-1]
		}
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
