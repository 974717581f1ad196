// Two select cases are ready, and the one the explorer tries first leads
// into a loop far longer than the limits allow; the other ends at once.
// The search goes on past the run that hits the limit, so the clean
// outcome is found too, and it says it is not complete.
package main

import "fmt"

func main() {
	slow := make(chan bool, 1)
	ready := make(chan bool, 1)
	slow <- true
	ready <- true
	select {
	case <-slow:
		n := 0
		for {
			n++
		}
	case <-ready:
		fmt.Println("ready")
	}
}
