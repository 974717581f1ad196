//dojo:synctest
package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
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

// fetchAll calls fetch for every name at once. The first error cancels
// the group's context, with that error as its cause, so the other calls
// give up; Wait returns once every call has returned, with the first error.
func fetchAll(ctx context.Context, names []string) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, name := range names {
		g.Go(func() error { return fetch(ctx, name) })
	}
	return g.Wait()
}

func main() {
	names := []string{"profile", "orders", "recommendations"}
	start := time.Now()
	err := fetchAll(context.Background(), names)
	fmt.Printf("page: %v after %v (%d of %d calls returned)\n",
		err, time.Since(start).Round(10*time.Millisecond), returned.Load(), len(names))
}
