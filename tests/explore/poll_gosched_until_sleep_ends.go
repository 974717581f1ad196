// A goroutine polls with runtime.Gosched until another goroutine's short
// sleep ends: in Go time passes while it spins, so the program ends.
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
	polls := 0
	for !done.Load() {
		runtime.Gosched()
		polls++
	}
	fmt.Println("done", polls > 0)
}

// Outcome: exit 0 stdout="done true\n" stderr=""
