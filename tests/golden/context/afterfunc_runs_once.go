// Checks: AfterFunc's f runs once, after cancel, in its own goroutine (cancel does not wait for it).
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	release := make(chan struct{})
	finished := make(chan string, 2)

	context.AfterFunc(ctx, func() {
		<-release // if f ran inside cancel(), main would never get here
		finished <- "f ran"
	})

	fmt.Println("canceling")
	cancel()
	fmt.Println("cancel returned before f finished")
	close(release)
	fmt.Println(<-finished)

	// More cancels do not run f again.
	cancel()
	cancel()
	select {
	case msg := <-finished:
		fmt.Println("ran twice:", msg)
	default:
		fmt.Println("f ran exactly once")
	}
}

// Output:
// canceling
// cancel returned before f finished
// f ran
// f ran exactly once
