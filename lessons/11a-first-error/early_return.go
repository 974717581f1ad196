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

// fetchAll returns as soon as it has an error; nothing cancels the calls
// still running, and nobody will ever read what they send.
func fetchAll(ctx context.Context, names []string) error {
	errc := make(chan error)
	for _, name := range names {
		go func() { errc <- fetch(ctx, name) }()
	}
	for range names {
		if err := <-errc; err != nil {
			return err // the page has failed: answer at once
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
