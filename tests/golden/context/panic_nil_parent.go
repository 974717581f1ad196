// Checks: deriving from a nil parent panics with "cannot create context from nil parent".
package main

import (
	"context"
	"fmt"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	var ctx context.Context // nil: a common mistake is passing nil instead of context.TODO()
	try("WithValue", func() { context.WithValue(ctx, "k", "v") })
	try("WithoutCancel", func() { context.WithoutCancel(ctx) })
	try("WithTimeout", func() { context.WithTimeout(ctx, 0) })
	fmt.Println("now without recover:")
	context.WithCancel(ctx)
	fmt.Println("not reached")
}

// Output:
// WithValue: cannot create context from nil parent
// WithoutCancel: cannot create context from nil parent
// WithTimeout: cannot create context from nil parent
// now without recover:
// Exit: 2
// Stderr: panic: cannot create context from nil parent
