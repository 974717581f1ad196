// Output is not a synchronisation point: after main closes done, the goroutine may panic before main's next print, so real Go sometimes crashes without printing "closed".
package main

import "fmt"

func main() {
	done := make(chan struct{})
	go func() {
		select {
		case <-done:
			panic("boom")
		default:
		}
	}()
	close(done)
	fmt.Println("closed")
	select {}
}

// Outcome: exit 2 stdout="closed\n" stderr="panic: boom"
// Outcome: exit 2 stdout="" stderr="panic: boom"
// Outcome: exit 2 stdout="closed\n" stderr="fatal error: all goroutines are asleep - deadlock!"
// RealGo: 2000 runs; outcome 1 x1979 (first run 1, 0.0s); outcome 2 x20 (first run 9, 0.1s); outcome 3 x1 (first run 1631, 12.2s)
