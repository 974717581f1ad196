package main

import (
	"fmt"
	"time"
)

// time.Since evaluated when the deferred function runs: correct.
func work() {
	start := time.Now()
	defer func() { fmt.Println(time.Since(start) >= 0) }()
	time.Sleep(time.Millisecond)
}

func main() {
	work()
}

// Vet: clean
