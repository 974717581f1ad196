// time.After in a select bounds how long to wait; a result that is already available wins over a long timeout.
package main

import (
	"fmt"
	"time"
)

func fetch(result chan<- string, delay time.Duration, v string) {
	time.Sleep(delay)
	result <- v
}

func main() {
	never := make(chan string)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timed out")
	}
	quick := make(chan string, 1)
	go fetch(quick, 10*time.Millisecond, "quick answer")
	select {
	case v := <-quick:
		fmt.Println("got", v)
	case <-time.After(time.Hour):
		fmt.Println("timed out")
	}
	slow := make(chan string, 1)
	go fetch(slow, 150*time.Millisecond, "slow answer")
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case t := <-time.After(40 * time.Millisecond):
		fmt.Println("gave up waiting; timer value is a time:", !t.IsZero())
	}
}

// Output:
// timed out
// got quick answer
// gave up waiting; timer value is a time: true
