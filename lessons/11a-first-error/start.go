//dojo:synctest
package main

import (
	"context"
	"errors"
	"fmt"
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

// fetchAll calls fetch for every name and returns the first error.
//
// TODO: replace the loop. Start every call at once; when one fails, end
// the context the others run under, with that error as its cause; return
// only after every call has returned, with the first error.
func fetchAll(ctx context.Context, names []string) error {
	for _, name := range names {
		if err := fetch(ctx, name); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	names := []string{"profile", "orders", "recommendations"}
	start := time.Now()
	err := fetchAll(context.Background(), names)
	fmt.Printf("page: %v after %v (%d of %d calls returned)\n",
		err, time.Since(start).Round(10*time.Millisecond), returned.Load(), len(names))
}
