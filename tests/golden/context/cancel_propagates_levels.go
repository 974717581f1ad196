// Checks: canceling a context cancels its children, grandchildren and deeper descendants.
package main

import (
	"context"
	"fmt"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	defer cancelChild()
	grandchild, cancelGrandchild := context.WithCancel(child)
	defer cancelGrandchild()

	// Five more levels under the grandchild.
	deepest := grandchild
	for i := 0; i < 5; i++ {
		var c context.CancelFunc
		deepest, c = context.WithCancel(deepest)
		defer c()
	}

	fmt.Println("before:", child.Err(), grandchild.Err(), deepest.Err())
	cancel()
	<-deepest.Done() // already closed: the cancel reached every level
	fmt.Println("after: ", child.Err(), grandchild.Err(), deepest.Err())
}

// Output:
// before: <nil> <nil> <nil>
// after:  context canceled context canceled context canceled
