package main

import (
	"fmt"
	"time"
)

// time.Since is evaluated when the defer statement runs, not when the
// function returns: the elapsed time printed is always about zero.
func slow() {
	start := time.Now()
	defer fmt.Println("took", time.Since(start))
	time.Sleep(10 * time.Millisecond)
}

func main() {
	slow()
}

// Vet: 12:28: call to time.Since is not deferred
