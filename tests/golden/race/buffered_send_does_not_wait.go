// A send into a buffer does not wait for the receiver: writes after it race with the receiver.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	x := 0
	go func() {
		ch <- 1
		x = 5
	}()
	time.Sleep(20 * time.Millisecond)
	<-ch
	fmt.Println(x)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// 5
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   main.main()
// Race:       prog.go:18 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   main.main.func1()
// Race:       prog.go:14 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:12 +0x…
// Race: ==================
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
