// Checks: canceling a child cancels neither its parent nor its siblings.
package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	defer cancelParent()
	a, cancelA := context.WithCancel(parent)
	b, cancelB := context.WithCancel(parent)
	defer cancelB()
	aChild, cancelAChild := context.WithCancel(a)
	defer cancelAChild()

	cancelA()
	fmt.Println("a:      ", a.Err())
	fmt.Println("a child:", aChild.Err())
	fmt.Println("parent: ", parent.Err())
	fmt.Println("sibling:", b.Err())

	cancelParent()
	fmt.Println("after parent cancel, sibling:", b.Err())
}

// Output:
// a:       context canceled
// a child: context canceled
// parent:  <nil>
// sibling: <nil>
// after parent cancel, sibling: context canceled
