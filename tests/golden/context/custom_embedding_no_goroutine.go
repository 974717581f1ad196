// Checks: a custom type that only embeds a real context costs no watcher goroutine.
package main

import (
	"context"
	"fmt"
	"runtime"
)

// traced wraps a context but keeps its Done: the package finds the
// cancelCtx inside and links the child to it directly.
type traced struct {
	context.Context
	name string
}

func main() {
	base := runtime.NumGoroutine()
	root, cancel := context.WithCancel(context.Background())
	wrapped := &traced{root, "wrapped"}

	child, cancelChild := context.WithCancel(wrapped)
	defer cancelChild()
	timed, cancelTimed := context.WithTimeout(traced{child, "again"}, 1<<40)
	defer cancelTimed()
	fmt.Println("extra goroutines:", runtime.NumGoroutine()-base)

	cancel()
	fmt.Println("child:", child.Err(), "| timed:", timed.Err())
	fmt.Println("extra goroutines:", runtime.NumGoroutine()-base)
	fmt.Println(child)
}

// Output:
// extra goroutines: 0
// child: context canceled | timed: context canceled
// extra goroutines: 0
// *main.traced.WithCancel
