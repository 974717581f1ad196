// errgroup SetLimit: at most n tasks run at once; Go waits for a free slot, TryGo refuses, and changing the limit while tasks run panics.
package main

import (
	"fmt"
	"sync"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	release := make(chan struct{})
	started := make(chan int, 2)
	for i := 1; i <= 2; i++ {
		g.Go(func() error {
			started <- i
			<-release
			return nil
		})
	}
	<-started
	<-started
	fmt.Println("TryGo while full:", g.TryGo(func() error { return nil }))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		g.SetLimit(5)
	}()

	close(release)
	fmt.Println("wait:", g.Wait())
	fmt.Println("TryGo when idle:", g.TryGo(func() error { return nil }))
	g.Wait()

	// Ten tasks through a limit of three: never more than three at a time.
	var mu sync.Mutex
	running, most, done := 0, 0, 0
	g.SetLimit(3)
	for range 10 {
		g.Go(func() error {
			mu.Lock()
			running++
			most = max(most, running)
			mu.Unlock()

			mu.Lock()
			running--
			done++
			mu.Unlock()
			return nil
		})
	}
	g.Wait()
	fmt.Println("done:", done, "at most three at once:", most <= 3)

	// A negative limit removes it again.
	g.SetLimit(-1)
	hold := make(chan struct{})
	for range 5 {
		g.Go(func() error { <-hold; return nil })
	}
	fmt.Println("TryGo without limit:", g.TryGo(func() error { return nil }))
	close(hold)
	fmt.Println("wait:", g.Wait())
}

// Output:
// TryGo while full: false
// recovered: errgroup: modify limit while 2 goroutines in the group are still active
// wait: <nil>
// TryGo when idle: true
// done: 10 at most three at once: true
// TryGo without limit: true
// wait: <nil>
