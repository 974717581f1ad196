// A ticker nobody reads does not keep a program alive (Go 1.23+: a timer's
// channel is only sent to when someone receives), so main blocking for
// good is still a deadlock, after the ticks the reader did take.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	<-ticker.C
	<-ticker.C
	fmt.Println("two ticks read; now nobody reads the ticker")
	block := make(chan struct{})
	<-block
}

// Output:
// two ticks read; now nobody reads the ticker
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: chan receive
