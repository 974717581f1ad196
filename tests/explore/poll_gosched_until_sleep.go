// A loop that polls an atomic flag with runtime.Gosched() until a
// goroutine's 1ms sleep ends and it sets the flag: in Go time passes
// while main spins, so the program always ends.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	var done atomic.Bool
	go func() {
		time.Sleep(time.Millisecond)
		done.Store(true)
	}()
	for !done.Load() {
		runtime.Gosched()
	}
	fmt.Println("done")
}

// Outcome: exit 0 stdout="done\n" stderr=""
