// OnceValue and OnceValues: OnceFunc (in sync.go) for functions that
// return results.

package sync

// OnceValue returns a function that calls f the first time it is called
// and from then on returns what f returned, without calling it again. It
// may be called from several goroutines at once: the others wait for the
// first call to finish. If f panicked, every call panics with the same
// value.
func OnceValue[T any](f func() T) func() T {
	var (
		once     Once
		finished bool // f returned normally
		p        any  // what f panicked with
		result   T
	)
	return func() T {
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
			result = f()
			finished = true
		})
		if !finished {
			panic(p)
		}
		return result
	}
}

// OnceValues is OnceValue for a function with two results, such as a
// value and an error.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once     Once
		finished bool
		p        any
		r1       T1
		r2       T2
	)
	return func() (T1, T2) {
		once.Do(func() {
			defer func() {
				f = nil
				p = recover()
				if !finished {
					panic(p)
				}
			}()
			r1, r2 = f()
			finished = true
		})
		if !finished {
			panic(p)
		}
		return r1, r2
	}
}
