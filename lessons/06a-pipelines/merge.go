//dojo:synctest
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// tail sends the new lines of one server's log until done is closed.
func tail(done <-chan struct{}, lines ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range lines {
			select {
			case out <- l:
			case <-done:
				return
			}
		}
	}()
	return out
}

// merge fans several channels into one: a forwarder per input, and a
// closer that closes out once every forwarder has returned. A forwarder
// returns when its input is closed or done is.
func merge(done <-chan struct{}, cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func() {
			defer wg.Done()
			for l := range c {
				select {
				case out <- l:
				case <-done:
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	done := make(chan struct{})
	// both web servers share the disk, so both report it; whichever line
	// arrives first is the alert
	first := <-merge(done,
		tail(done, "ERROR disk full"),
		tail(done, "ERROR disk full"),
	)
	close(done) // one alert is enough: release every stage
	fmt.Println("alert:", first)

	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
