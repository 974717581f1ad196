// time.Sleep with a zero or negative duration returns immediately.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Hour)
	fmt.Println("returned quickly:", time.Since(start) < 100*time.Millisecond)
	t := time.NewTimer(0)
	<-t.C
	fmt.Println("zero timer fires")
	<-time.After(-time.Second)
	fmt.Println("negative After fires")
	ch := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- "sleeper"
	}()
	go func() {
		time.Sleep(0)
		ch <- "zero"
	}()
	fmt.Println(<-ch, <-ch)
}

// Output:
// returned quickly: true
// zero timer fires
// negative After fires
// zero sleeper
