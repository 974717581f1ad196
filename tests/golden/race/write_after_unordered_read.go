// A write after another goroutine's unordered read races with that read.
package main

import (
	"fmt"
	"time"
)

func main() {
	limit := 10
	go func() {
		fmt.Println(limit)
	}()
	time.Sleep(20 * time.Millisecond)
	limit = 20
	fmt.Println("changed")
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// 10
// changed
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Write at 0x… by main goroutine:
// Race:   main.main()
// Race:       prog.go:15 +0x…
// Race: 
// Race: Previous read at 0x… by goroutine G1:
// Race:   main.main.func1()
// Race:       prog.go:12 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:11 +0x…
// Race: ==================
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
