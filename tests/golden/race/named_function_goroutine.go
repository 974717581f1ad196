// A goroutine running a named function shows it in both stacks and in the creation site.
package main

import (
	"fmt"
	"time"
)

var balance int

func deposit(n int) {
	balance += n
}

func main() {
	go deposit(10)
	time.Sleep(20 * time.Millisecond)
	deposit(5)
	fmt.Println(balance)
}

//dojo:synctest
// The sleep stands for "once the goroutine has run": time as in testing/synctest.


// Output:
// 15
// Exit: 66
// Race: ==================
// Race: WARNING: DATA RACE
// Race: Read at 0x… by main goroutine:
// Race:   main.deposit()
// Race:       prog.go:12 +0x…
// Race:   main.main()
// Race:       prog.go:18 +0x…
// Race: 
// Race: Previous write at 0x… by goroutine G1:
// Race:   main.deposit()
// Race:       prog.go:12 +0x…
// Race:   main.main.gowrap1()
// Race:       prog.go:16 +0x…
// Race: 
// Race: Goroutine G1 (finished) created at:
// Race:   main.main()
// Race:       prog.go:16 +0x…
// Race: ==================
// Race: Found 1 data race(s)
// Race rate: 20/20 runs of the -race binary reported a race
