package main

import (
	"fmt"
	"time"
)

func main() {
	// 1. A timer fires while nobody is receiving; then Stop.
	t := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("len", len(t.C), "cap", cap(t.C))
	stopped := t.Stop()
	select {
	case <-t.C:
		fmt.Println("Stop returned", stopped, "and a stale value was still there")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("Stop returned", stopped, "and nothing was left to receive")
	}

	// 2. A timer fires while nobody is receiving; then Reset.
	r := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	begin := time.Now()
	r.Reset(50 * time.Millisecond)
	<-r.C
	fmt.Println("after Reset, the next value took at least 50ms:", time.Since(begin) >= 50*time.Millisecond)

	// 3. The old drain idiom, on a timer whose value was already received.
	d := time.NewTimer(time.Millisecond)
	<-d.C
	if !d.Stop() {
		select {
		case <-d.C:
			fmt.Println("drain: received a value")
		case <-time.After(50 * time.Millisecond):
			fmt.Println("drain: <-d.C would block forever")
		}
	}
}
