// Checks: wait.ContextForChannel: close(stop) cancels a context derived from it with WithCancel.
package main

import (
	"context"
	"fmt"

	"k8s.io/apimachinery/pkg/util/wait"
)

func main() {
	stop := make(chan struct{})
	ctx := wait.ContextForChannel(stop)
	fmt.Println("channel context err:", ctx.Err())

	derived, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(derived)
	fmt.Println("derived err:", derived.Err())

	close(stop) // closing is the right way to signal stop
	<-derived.Done()
	fmt.Println("channel context err:", ctx.Err())
	fmt.Println("derived err:", derived.Err(), "| cause:", context.Cause(derived))
}

// Output:
// channel context err: <nil>
// wait.channelContext.WithCancel
// derived err: <nil>
// channel context err: context canceled
// derived err: context canceled | cause: context canceled
