// Checks: WithValue layers do not stop cancellation (myth: "WithValue breaks propagation").
package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	root, cancel := context.WithCancel(context.Background())

	// Three value layers between the canceled context and the child.
	withUser := context.WithValue(root, key("user"), "ada")
	withReq := context.WithValue(withUser, key("request"), 42)
	withTrace := context.WithValue(withReq, key("trace"), "t-1")
	child, cancelChild := context.WithCancel(withTrace)
	defer cancelChild()

	fmt.Println("value layers share Done with root:", withTrace.Done() == root.Done())
	cancel()
	<-child.Done()
	fmt.Println("child err:", child.Err())
	fmt.Println("value layer err:", withTrace.Err())
	// The values are still there after cancellation.
	fmt.Println("user:", child.Value(key("user")), "request:", child.Value(key("request")))
}

// Output:
// value layers share Done with root: true
// child err: context canceled
// value layer err: context canceled
// user: ada request: 42
