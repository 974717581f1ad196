// Two goroutines still to run when main returns: one increments x, the
// other prints x if it is positive. The print happens only if the
// increment goes first and both go before main returns: neither pending
// goroutine alone changes the outcome, together they do.
package main

import "fmt"

var x int

func main() {
	go func() {
		if x > 0 {
			fmt.Println("g0 x", x)
		}
	}()
	go func() {
		x++
	}()
	if x > 0 {
		fmt.Println("main x", x)
	}
}
