// runtime.NumGoroutine counts live goroutines, including main and ones blocked on channels.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	ready := make(chan bool)
	release := make(chan bool)
	finished := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			ready <- true
			<-release
			finished <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-ready
	}
	fmt.Println("with blocked workers:", runtime.NumGoroutine())
	close(release)
	for i := 0; i < 3; i++ {
		<-finished
	}
	fmt.Println("workers done")
}

// Output:
// at start: 1
// with blocked workers: 4
// workers done
