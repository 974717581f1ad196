// runtime.Goexit in main runs main's defers and ends main; when no goroutines remain the runtime reports it as fatal.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	defer fmt.Println("main's deferred call runs")
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("other goroutine still runs after main's Goexit")
	}()
	runtime.Goexit()
	fmt.Println("unreachable")
}

// Output:
// main's deferred call runs
// other goroutine still runs after main's Goexit
// Exit: 2
// Stderr: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
