// log.Fatal writes its line to stderr and exits with status 1 at once: deferred calls do not run.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("never printed")
	log.SetFlags(0)
	log.SetPrefix("fatal: ")
	fmt.Println("before")
	log.Fatalf("cannot open %s", "config.yaml")
	fmt.Println("after")
}

// Output:
// before
// Exit: 1
// Stderr: fatal: cannot open config.yaml
