// Two writes of one variable with no happens-before edge between them race, however far apart in time.
package main

import (
	"fmt"
	"time"
)

var counter int

func main() {
	go func() {
		counter = 1
	}()
	time.Sleep(20 * time.Millisecond)
	counter = 2
	fmt.Println(counter)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// 2
// Exit: 66
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
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
