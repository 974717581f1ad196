// Checks: a custom parent whose Done is closed but whose Err is nil makes WithCancel panic.
package main

import (
	"context"
	"fmt"
)

// broken breaks the Context contract: Err must be non-nil once Done is closed.
type broken struct {
	context.Context
	done chan struct{}
}

func (b broken) Done() <-chan struct{} { return b.done }
func (b broken) Err() error            { return nil }

func main() {
	done := make(chan struct{})
	close(done)
	parent := broken{context.Background(), done}
	fmt.Println("parent done, err =", parent.Err())
	// WithCancel sees the closed Done and cancels the child at once with
	// parent.Err(), which is nil: the package panics.
	child, cancel := context.WithCancel(parent)
	fmt.Println("not reached", child, cancel)
}

// Output:
// parent done, err = <nil>
// Exit: 2
// Stderr: panic: context: internal error: missing cancel error
