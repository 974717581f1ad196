// errgroup.WithContext: the first error a task returns is what Wait returns, and it cancels the group's context with that error as its cause.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	var mu sync.Mutex
	var stopped []string
	for _, name := range []string{"a", "b", "c"} {
		g.Go(func() error {
			<-ctx.Done()
			mu.Lock()
			stopped = append(stopped, name+":"+ctx.Err().Error())
			mu.Unlock()
			return ctx.Err()
		})
	}
	fail := errors.New("disk full")
	g.Go(func() error { return fail })
	err := g.Wait()
	sort.Strings(stopped)
	fmt.Println("wait:", err, err == fail)
	fmt.Println("stopped:", stopped)
	fmt.Println("cause:", context.Cause(ctx), context.Cause(ctx) == fail)

	// Without an error, Wait still cancels the context, with no cause of its own.
	g2, ctx2 := errgroup.WithContext(context.Background())
	results := make([]int, 4)
	for i := range results {
		g2.Go(func() error {
			results[i] = i * i
			return nil
		})
	}
	fmt.Println("before wait:", ctx2.Err())
	fmt.Println("wait:", g2.Wait(), results)
	fmt.Println("after wait:", ctx2.Err(), context.Cause(ctx2))

	// The zero Group has no context; it keeps its first error for good,
	// even across Waits.
	var g3 errgroup.Group
	g3.Go(func() error { return errors.New("first") })
	fmt.Println("zero group:", g3.Wait())
	g3.Go(func() error { return errors.New("second") })
	g3.Go(func() error { return nil })
	fmt.Println("zero group again:", g3.Wait())
}

// Output:
// wait: disk full true
// stopped: [a:context canceled b:context canceled c:context canceled]
// cause: disk full true
// before wait: <nil>
// wait: <nil> [0 1 4 9]
// after wait: context canceled context canceled
// zero group: first
// zero group again: first
