//dojo:synctest
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"
)

type ctxKey string

// export runs a long export for one request. Like every Go function that
// takes a context, it receives ctx by value.
func export(ctx context.Context, report chan<- string) {
	// derive from the caller's ctx: the child keeps its values and its
	// cancellation, and adds a deadline of its own
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	go func() {
		defer cancel()
		<-ctx.Done() // the export's work would select on this
		report <- fmt.Sprintf("export %v stopped: %v (cause: %v)",
			ctx.Value(ctxKey("request")), ctx.Err(), context.Cause(ctx))
	}()
}

func main() {
	root, cancel := context.WithCancelCause(context.Background())
	ctx := context.WithValue(root, ctxKey("request"), "r-42")

	report := make(chan string)
	export(ctx, report)

	cancel(errors.New("user pressed Ctrl-C"))
	select {
	case line := <-report:
		fmt.Println(line)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("export still running 50ms after cancel")
		os.Exit(1)
	}
}
