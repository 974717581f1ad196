// Publishing a pointer without synchronisation races twice: on the pointer and on what it points to.
package main

import (
	"fmt"
	"time"
)

type config struct {
	name string
}

var current *config

func main() {
	go func() {
		c := &config{}
		c.name = "prod"
		current = c
	}()
	time.Sleep(20 * time.Millisecond)
	if c := current; c != nil {
		fmt.Println(c.name)
	}
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// prod
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   main.main()
// Race:       prog.go:22 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   main.main.func1()
// Race:       prog.go:19 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:16 +0x…
// Race: ==================
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   main.main()
// Race:       prog.go:23 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   main.main.func1()
// Race:       prog.go:17 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:16 +0x…
// Race: ==================
// Race: Found 2 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
