// Calling sync and sync/atomic the wrong way.
package main

import (
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  int64
}

func main() {
	var wg sync.WaitGroup
	wg /* ERROR "not enough arguments in call to wg.Add\n\thave ()\n\twant (int)" */.Add()
	wg.Done(1 /* ERROR "too many arguments in call to wg.Done\n\thave (number)\n\twant ()" */)
	var c counter
	c.mu.lock /* ERROR "c.mu.lock undefined (type \"sync\".Mutex has no field or method lock, but does have method Lock)" */()
	c.mu.Unlock(c /* ERROR "too many arguments in call to c.mu.Unlock\n\thave (counter)\n\twant ()" */)
	atomic.AddInt64(c /* ERROR "cannot use c.n (variable of type int64) as *int64 value in argument to atomic.AddInt64" */.n, 1)
	var flag atomic.Bool
	flag.Store(1 /* ERROR "cannot use 1 (untyped int constant) as bool value in argument to flag.Store" */)
	if flag.Load() == 1 /* ERROR "invalid operation: flag.Load() == 1 (mismatched types bool and untyped int)" */ {
	}
	var rw sync.RWMutex
	rw.RLock(true /* ERROR "too many arguments in call to rw.RLock\n\thave (bool)\n\twant ()" */)
	wg.Wait()
}
