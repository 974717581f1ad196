// With string keys Go uses its faststr map functions; a comma-ok read shows the caller's frame.
package main

import (
	"fmt"
	"time"
)

func main() {
	cache := map[string]string{"a": "x"}
	go func() {
		cache["b"] = "y"
	}()
	time.Sleep(20 * time.Millisecond)
	_, ok := cache["a"]
	fmt.Println(ok)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// true
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   runtime.mapaccess2_faststr()
// Race:       GOROOT/internal/runtime/maps/runtime_faststr.go:120 +0x…
// Race:   main.main()
// Race:       prog.go:15 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   runtime.mapassign_faststr()
// Race:       GOROOT/internal/runtime/maps/runtime_faststr.go:261 +0x…
// Race:   main.main.func1()
// Race:       prog.go:12 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:11 +0x…
// Race: ==================
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
