// A send reads the channel and close writes it: unordered, they race even on a buffered channel.
package main

import "time"

func main() {
	ch := make(chan int, 1)
	go func() {
		ch <- 1
	}()
	time.Sleep(20 * time.Millisecond)
	close(ch)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Write at 0x… by main goroutine:
// Race:   runtime.closechan()
// Race:       GOROOT/runtime/chan.go:414 +0x…
// Race:   main.main()
// Race:       prog.go:12 +0x…
// Race: 
// Race: Previous read at 0x… by goroutine G1:
// Race:   runtime.chansend()
// Race:       GOROOT/runtime/chan.go:176 +0x…
// Race:   main.main.func1()
// Race:       prog.go:9 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:8 +0x…
// Race: ==================
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
