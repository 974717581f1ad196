// After a race, os.Exit with a non-zero status keeps that status and prints no summary.
package main

import (
	"os"
	"time"
)

var x int

func main() {
	go func() {
		x = 1
	}()
	time.Sleep(20 * time.Millisecond)
	x = 2
	os.Exit(3)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// Exit: 3
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Write at 0x… by main goroutine:
// Race:   main.main()
// Race:       prog.go:16 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   main.main.func1()
// Race:       prog.go:13 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:12 +0x…
// Race: ==================
// Race rate: 20/20 runs of the -race binary reported a race
