// Checks: WithoutCancel is not canceled with its parent but keeps the parent's values.
package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), key("request-id"), "r-7"))
	detached := context.WithoutCancel(parent)
	child, cancelChild := context.WithCancel(detached)
	defer cancelChild()

	cancel()
	fmt.Println("parent:  ", parent.Err())
	fmt.Println("detached:", detached.Err(), "done chan is nil:", detached.Done() == nil)
	fmt.Println("child:   ", child.Err())
	fmt.Println("value:   ", detached.Value(key("request-id")), child.Value(key("request-id")))
	fmt.Println("cause:   ", context.Cause(detached))
	fmt.Println(detached)

	// The child can still be canceled on its own.
	cancelChild()
	fmt.Println("child after its cancel:", child.Err())
}

// Output:
// parent:   context canceled
// detached: <nil> done chan is nil: true
// child:    <nil>
// value:    r-7 r-7
// cause:    <nil>
// context.Background.WithValue(main.key, r-7).WithCancel.WithoutCancel
// child after its cancel: context canceled
