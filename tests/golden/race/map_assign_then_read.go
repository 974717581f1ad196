// A map assignment races with an unordered read: the map's own header and the value's slot both race.
package main

import (
	"fmt"
	"time"
)

func main() {
	seen := map[int]int{}
	go func() {
		seen[1] = 2
	}()
	time.Sleep(20 * time.Millisecond)
	v := seen[1]
	fmt.Println(v)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// 2
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   runtime.mapaccess2_fast64()
// Race:       GOROOT/internal/runtime/maps/runtime_fast64.go:22 +0x…
// Race:   runtime.mapaccess1_fast64()
// Race:       GOROOT/internal/runtime/maps/runtime_fast64.go:17 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   runtime.mapassign_fast64()
// Race:       GOROOT/internal/runtime/maps/runtime_fast64.go:182 +0x…
// Race:   main.main.func1()
// Race:       prog.go:12 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:11 +0x…
// Race: ==================
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
// Race:   main.main()
// Race:       prog.go:11 +0x…
// Race: ==================
// Race: Found 2 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
