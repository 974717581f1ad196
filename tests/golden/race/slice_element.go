// Elements of a slice are separate locations; the same element written and read unordered races.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make([]int, 3)
	go func() {
		results[0] = 10
		results[1] = 11
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(results[1])
	results[2] = 12
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// 11
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   main.main()
// Race:       prog.go:16 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   main.main.func1()
// Race:       prog.go:13 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:11 +0x…
// Race: ==================
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
