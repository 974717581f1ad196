// Cancelling a context happens before a receive from its Done channel returns.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	reason := ""
	go func() {
		reason = "shutdown"
		cancel()
	}()
	<-ctx.Done()
	fmt.Println(reason, ctx.Err())
}

// Output:
// shutdown context canceled
