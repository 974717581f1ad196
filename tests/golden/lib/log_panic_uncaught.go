// log.Panic writes its line (here to stdout), then panics with the message; deferred calls run and the program dies with status 2.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	defer fmt.Println("deferred runs")
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Panic("out of ", "memory")
}

// Output:
// out of memory
// deferred runs
// Exit: 2
// Stderr: panic: out of memory
