// Checks: AfterFunc's stop returns true (and f never runs) before cancel, false once f started.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 2)
	stop := context.AfterFunc(ctx, func() { ran <- "first" })
	fmt.Println("stop before cancel:", stop())
	fmt.Println("stop again:", stop())
	cancel()
	select {
	case <-ran:
		fmt.Println("first ran anyway")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("first never ran")
	}

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { ran <- "second" })
	cancel2()
	fmt.Println(<-ran, "ran")
	fmt.Println("stop after it started:", stop2())
}

// Output:
// stop before cancel: true
// stop again: false
// first never ran
// second ran
// stop after it started: false
