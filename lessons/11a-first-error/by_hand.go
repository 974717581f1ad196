//dojo:synctest
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var returned atomic.Int32 // calls to fetch that have returned

// fetch stands for one backend call behind a product page. The orders
// service is down and fails after 10 ms; the others answer after a second,
// unless ctx ends first. Do not change it.
func fetch(ctx context.Context, name string) error {
	defer returned.Add(1)
	if name == "orders" {
		time.Sleep(10 * time.Millisecond)
		return errors.New("orders: connection refused")
	}
	select {
	case <-time.After(time.Second):
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// fetchAll without errgroup: a context the first error cancels with its
// cause, a WaitGroup to reap every call, and a sync.Once to keep the
// first error only.
func fetchAll(ctx context.Context, names []string) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil) // release the context on the way out, error or not
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for _, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fetch(ctx, name); err != nil {
				once.Do(func() {
					first = err
					cancel(err) // the others see ctx.Done(), and Cause is err
				})
			}
		}()
	}
	wg.Wait()
	return first
}

func main() {
	names := []string{"profile", "orders", "recommendations"}
	start := time.Now()
	err := fetchAll(context.Background(), names)
	fmt.Printf("page: %v after %v (%d of %d calls returned)\n",
		err, time.Since(start).Round(10*time.Millisecond), returned.Load(), len(names))
}
