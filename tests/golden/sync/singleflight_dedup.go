// singleflight: callers for a key that is already in flight share its result instead of running their own function; Forget starts afresh.
package main

import (
	"fmt"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	calls := 0
	started := make(chan struct{})
	release := make(chan struct{})
	leader := make(chan string)
	go func() {
		v, err, shared := g.Do("user:1", func() (any, error) {
			calls++
			close(started)
			<-release
			return "alice", nil
		})
		leader <- fmt.Sprint(v, " ", err, " shared=", shared)
	}()
	<-started
	// These join the call in flight: their functions never run.
	ch1 := g.DoChan("user:1", func() (any, error) { calls++; return "bob", nil })
	ch2 := g.DoChan("user:1", func() (any, error) { calls++; return "carol", nil })
	close(release)
	fmt.Println("leader:", <-leader)
	r1, r2 := <-ch1, <-ch2
	fmt.Println("follower:", r1.Val, r1.Err, r1.Shared)
	fmt.Println("follower:", r2.Val, r2.Err, r2.Shared)
	fmt.Println("calls:", calls)

	// Once the call has finished, the next Do runs the function again.
	v, err, shared := g.Do("user:1", func() (any, error) { calls++; return "dave", nil })
	fmt.Println("later:", v, err, shared, "calls:", calls)

	// Forget: a call after it does not join the one in flight.
	hold := make(chan struct{})
	first := g.DoChan("k", func() (any, error) { <-hold; return 1, nil })
	g.Forget("k")
	second := g.DoChan("k", func() (any, error) { return 2, nil })
	r := <-second
	fmt.Println("after Forget:", r.Val, r.Shared)
	close(hold)
	r = <-first
	fmt.Println("forgotten call:", r.Val, r.Shared)

	// Errors are shared too.
	res := <-g.DoChan("bad", func() (any, error) { return nil, fmt.Errorf("lookup failed") })
	fmt.Println("error:", res.Val, res.Err, res.Shared)
}

// Output:
// leader: alice <nil> shared=true
// follower: alice <nil> true
// follower: alice <nil> true
// calls: 1
// later: dave <nil> false calls: 2
// after Forget: 2 false
// forgotten call: 1 false
// error: <nil> lookup failed false
