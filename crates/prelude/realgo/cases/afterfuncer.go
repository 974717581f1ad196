// A foreign parent with its own AfterFunc method is used instead of a
// watcher goroutine; removing the child calls the returned stop.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

type afCtx struct {
	mu    sync.Mutex
	done  chan struct{}
	err   error
	funcs map[int]func()
	next  int
	log   []string
}

func newAf() *afCtx { return &afCtx{done: make(chan struct{}), funcs: map[int]func(){}} }

func (a *afCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (a *afCtx) Done() <-chan struct{}       { return a.done }
func (a *afCtx) Value(key any) any           { return nil }
func (a *afCtx) Err() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.err
}
func (a *afCtx) AfterFunc(f func()) func() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	k := a.next
	a.next++
	a.funcs[k] = f
	a.log = append(a.log, fmt.Sprint("register ", k))
	return func() bool {
		a.mu.Lock()
		defer a.mu.Unlock()
		_, ok := a.funcs[k]
		delete(a.funcs, k)
		a.log = append(a.log, fmt.Sprint("stop ", k, " ", ok))
		return ok
	}
}
func (a *afCtx) cancel(err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.err = err
	close(a.done)
	for _, f := range a.funcs {
		go f()
	}
	a.funcs = nil
}
func (a *afCtx) Log() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.log...)
}

func settle(n int) int {
	for i := 0; i < 2000 && runtime.NumGoroutine() != n; i++ {
		time.Sleep(100 * time.Microsecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	g := runtime.NumGoroutine()
	p := newAf()
	c, cancel := context.WithCancel(p)
	fmt.Println(c, settle(g)-g)
	fmt.Println(p.Log())
	cancel()
	cancel()
	fmt.Println(c.Err(), p.Log())

	c2, cancel2 := context.WithCancel(p)
	defer cancel2()
	t, ct := context.WithTimeout(p, time.Hour)
	defer ct()
	done := make(chan struct{})
	stop := context.AfterFunc(p, func() { close(done) })
	fmt.Println(t.Err(), p.Log())
	p.cancel(fmt.Errorf("custom cause"))
	<-c2.Done()
	<-t.Done()
	<-done
	fmt.Println(c2.Err(), context.Cause(c2), t.Err(), context.Cause(t), stop())
	fmt.Println(settle(g) - g)
	// Already-canceled afterFuncer parent: synchronous cancel, AfterFunc not used.
	c3, cancel3 := context.WithCancel(p)
	defer cancel3()
	fmt.Println(c3.Err(), context.Cause(c3), len(p.Log()))
	fmt.Println(p.Log())
}
