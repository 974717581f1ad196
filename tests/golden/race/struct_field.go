// Fields are separate locations: writing one field races with reading the same field, not another.
package main

import (
	"fmt"
	"time"
)

type stats struct {
	hits   int
	misses int
}

func main() {
	s := &stats{}
	go func() {
		s.hits++
	}()
	time.Sleep(20 * time.Millisecond)
	s.misses = 3
	fmt.Println(s.hits, s.misses)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// 1 3
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   main.main()
// Race:       prog.go:21 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   main.main.func1()
// Race:       prog.go:17 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:16 +0x…
// Race: ==================
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
