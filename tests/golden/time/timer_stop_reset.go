// time.NewTimer delivers once on C; Stop reports whether it prevented delivery and Reset re-arms the timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	start := time.Now()
	<-t.C
	fmt.Println("fired after at least 20ms:", time.Since(start) >= 20*time.Millisecond)
	fmt.Println("Stop after receive:", t.Stop())
	fmt.Println("Reset of expired timer:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	long := time.NewTimer(time.Hour)
	fmt.Println("Stop active timer:", long.Stop())
	fmt.Println("Stop again:", long.Stop())
	select {
	case <-long.C:
		fmt.Println("unexpected value")
	default:
		fmt.Println("no value after Stop")
	}
	fmt.Println("Reset stopped timer:", long.Reset(15*time.Millisecond))
	<-long.C
	fmt.Println("stopped timer fired after Reset")

	pending := time.NewTimer(10 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	fmt.Println("len/cap of timer channel:", len(pending.C), cap(pending.C))
	fmt.Println("Stop of expired, unread timer:", pending.Stop())
	select {
	case <-pending.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value after Stop")
	}
}

// Output:
// fired after at least 20ms: true
// Stop after receive: false
// Reset of expired timer: false
// fired again
// Stop active timer: true
// Stop again: false
// no value after Stop
// Reset stopped timer: false
// stopped timer fired after Reset
// len/cap of timer channel: 0 0
// Stop of expired, unread timer: true
// no stale value after Stop
