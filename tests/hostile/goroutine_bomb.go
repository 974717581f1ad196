// A goroutine bomb: a million goroutines that each sleep for an hour. The
// explorer must stop at the step limit after one run, and the page must
// keep answering while it checks (crates/explore/tests/hostile.rs,
// tests/e2e/hardening.test.mjs).
package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 1000000; i++ {
		go func() {
			time.Sleep(time.Hour)
		}()
	}
	fmt.Println("started")
}
