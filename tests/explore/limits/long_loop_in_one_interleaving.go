// One interleaving runs a loop far longer than the step limit allows (the
// goroutine spins until main's print, which it cannot see in time); the
// other ends at once. The search goes on past the run that hits the
// limit, so the clean outcome is found too, and it says it is not
// complete.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	ready := make(chan bool, 1)
	go func() {
		ready <- true
	}()
	select {
	case <-ready:
		fmt.Println("ready")
	default:
		for i := 0; i < 1_000_000; i++ {
			runtime.Gosched()
		}
		fmt.Println("gave up")
	}
}
