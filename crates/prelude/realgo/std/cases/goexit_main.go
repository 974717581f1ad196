// runtime.Goexit in main: deferred calls run, other goroutines finish,
// then the program dies.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	defer fmt.Println("main's defer runs")
	fmt.Println(runtime.NumCPU() >= 1, runtime.GOMAXPROCS(0) >= 1, runtime.NumGoroutine())
	done := make(chan bool)
	exited := make(chan bool)
	go func() {
		defer close(exited)
		defer fmt.Println("goroutine's defer runs")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		runtime.Gosched()
		fmt.Println("other goroutine finishes")
		close(done)
	}()
	<-exited
	runtime.GC()
	runtime.Goexit()
}
