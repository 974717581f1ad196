// time.NewTicker delivers ticks at a fixed period until Stop is called.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(15 * time.Millisecond)
	start := time.Now()
	count := 0
	for range ticker.C {
		count++
		fmt.Println("tick", count)
		if count == 4 {
			ticker.Stop()
			break
		}
	}
	elapsed := time.Since(start)
	fmt.Println("at least 4 periods:", elapsed >= 60*time.Millisecond)
	select {
	case <-ticker.C:
		fmt.Println("tick after Stop")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}
	ticker.Reset(10 * time.Millisecond)
	<-ticker.C
	fmt.Println("ticking again after Reset")
	ticker.Stop()
}

// Output:
// tick 1
// tick 2
// tick 3
// tick 4
// at least 4 periods: true
// no ticks after Stop
// ticking again after Reset
