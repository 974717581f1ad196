// A delete and a range over the same map, unordered, race on the map.
package main

import (
	"fmt"
	"time"
)

type key struct{ a, b int }

func main() {
	m := map[key]int{{1, 2}: 3, {4, 5}: 6}
	go func() {
		delete(m, key{1, 2})
	}()
	time.Sleep(20 * time.Millisecond)
	n := 0
	for range m {
		n++
	}
	fmt.Println(n)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// 1
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   runtime.mapIterStart()
// Race:       GOROOT/runtime/map.go:156 +0x…
// Race:   main.main()
// Race:       prog.go:18 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   runtime.mapdelete()
// Race:       GOROOT/runtime/map.go:135 +0x…
// Race:   main.main.func1()
// Race:       prog.go:14 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:13 +0x…
// Race: ==================
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
