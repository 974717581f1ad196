// A race report, then a panic: the program dies with the panic's status 2, without the summary line.
package main

import "time"

var x int

func main() {
	go func() {
		x = 1
	}()
	time.Sleep(20 * time.Millisecond)
	x = 2
	panic("boom")
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// Exit: 2
// Stderr: panic: boom
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Write at 0x… by main goroutine:
// Race:   main.main()
// Race:       prog.go:13 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   main.main.func1()
// Race:       prog.go:10 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:9 +0x…
// Race: ==================
// Race rate: 20/20 runs of the -race binary reported a race
