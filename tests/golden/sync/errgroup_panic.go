// errgroup: a panic in a task is an ordinary goroutine panic that ends the program; Wait does not recover it or return it.
package main

import "golang.org/x/sync/errgroup"

func main() {
	var g errgroup.Group
	g.Go(func() error {
		var m map[string]int
		m["x"] = 1
		return nil
	})
	// The task's deferred bookkeeping still runs while it panics, so Wait
	// may return before the crash; main then blocks so the panic is always
	// what ends the program.
	g.Wait()
	select {}
}

// Output:
// Exit: 2
// Stderr: panic: assignment to entry in nil map
