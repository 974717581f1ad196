// os.Exit terminates immediately with the given status; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func cleanup(name string) { fmt.Println("cleanup", name) }

func work() {
	defer cleanup("work")
	fmt.Println("working")
	os.Exit(3)
}

func main() {
	defer cleanup("main")
	fmt.Println("start")
	work()
	fmt.Println("never printed")
}

// Output:
// start
// working
// Exit: 3
// Stderr:
