// A time.AfterFunc callback runs in its own goroutine, unordered with the code that follows.
package main

import (
	"fmt"
	"time"
)

func main() {
	fired := false
	time.AfterFunc(5*time.Millisecond, func() {
		fired = true
	})
	time.Sleep(30 * time.Millisecond)
	fmt.Println(fired)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// true
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   main.main()
// Race:       prog.go:15 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   main.main.func1()
// Race:       prog.go:12 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   time.goFunc()
// Race:       GOROOT/time/sleep.go:182 +0x…
// Race: ==================
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
