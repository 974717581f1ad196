// time.AfterFunc runs a function in its own goroutine after the delay; Stop before it fires cancels it.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	start := time.Now()
	time.AfterFunc(30*time.Millisecond, func() {
		done <- "fired"
	})
	fmt.Println(<-done, time.Since(start) >= 30*time.Millisecond)

	cancelled := time.AfterFunc(time.Hour, func() {
		fmt.Println("never runs")
	})
	fmt.Println("stopped before firing:", cancelled.Stop())
	fmt.Println("second Stop:", cancelled.Stop())

	fired := make(chan int, 3)
	for i := 3; i >= 1; i-- {
		time.AfterFunc(time.Duration(i)*20*time.Millisecond, func() { fired <- i })
	}
	fmt.Println(<-fired, <-fired, <-fired)

	t := time.AfterFunc(time.Hour, func() { done <- "reset fired" })
	t.Reset(10 * time.Millisecond)
	fmt.Println(<-done)
	fmt.Println("stop after firing:", t.Stop())
}

// Output:
// fired true
// stopped before firing: true
// second Stop: false
// 1 2 3
// reset fired
// stop after firing: false
