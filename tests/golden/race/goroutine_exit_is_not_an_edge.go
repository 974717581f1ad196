// A goroutine's exit synchronises with nothing: seeing it gone does not order its writes before yours.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var result string

func main() {
	go func() {
		result = "done"
	}()
	for runtime.NumGoroutine() > 1 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(result)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// done
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   main.main()
// Race:       prog.go:19 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   main.main.func1()
// Race:       prog.go:14 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:13 +0x…
// Race: ==================
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
