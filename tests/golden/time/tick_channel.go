// time.Tick returns a ticker channel; a for-select loop can count ticks until a deadline channel fires.
package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(20 * time.Millisecond)
	stop := time.After(110 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case t := <-tick:
			ticks++
			_ = t
		case <-stop:
			break loop
		}
	}
	fmt.Println("ticks between 3 and 5:", ticks >= 3 && ticks <= 5)
	fmt.Println("Tick with non-positive duration is nil:", time.Tick(0) == nil, time.Tick(-1) == nil)
	tick2 := time.Tick(10 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-tick2
		fmt.Println("tick", i)
	}
}

// Output:
// ticks between 3 and 5: true
// Tick with non-positive duration is nil: true true
// tick 1
// tick 2
// tick 3
