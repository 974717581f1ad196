// A watcher woken by cancel may or may not print before main returns.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-ctx.Done()
		fmt.Println("stopped")
	}()
	cancel()
}
