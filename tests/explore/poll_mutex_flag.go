// main polls a mutex-guarded flag, without yielding, until a goroutine's
// 1ms sleep ends and it sets the flag: each poll repeats the last one
// until the flag changes, so the explorer does not unroll the loop.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	ready := false
	go func() {
		time.Sleep(time.Millisecond)
		mu.Lock()
		ready = true
		mu.Unlock()
	}()
	for {
		mu.Lock()
		r := ready
		mu.Unlock()
		if r {
			break
		}
	}
	fmt.Println("ready")
}

// Outcome: exit 0 stdout="ready\n" stderr=""
