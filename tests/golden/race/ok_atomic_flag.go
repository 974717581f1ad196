// Atomic operations synchronise: a value written before an atomic store is visible after the load that sees it.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ready atomic.Bool
	payload := ""
	go func() {
		payload = "ready"
		ready.Store(true)
	}()
	time.Sleep(20 * time.Millisecond)
	if ready.Load() {
		fmt.Println(payload)
	}
}

// Output:
// ready
