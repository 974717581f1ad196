// panic with an error value prints the error's message after "panic: ".
package main

import (
	"errors"
	"fmt"
)

var ErrCorrupt = errors.New("config file is corrupt")

func load(ok bool) string {
	if !ok {
		panic(ErrCorrupt)
	}
	return "loaded"
}

func main() {
	fmt.Println(load(true))
	defer fmt.Println("deferred print runs before the crash")
	fmt.Println(load(false))
}

// Output:
// loaded
// deferred print runs before the crash
// Exit: 2
// Stderr: panic: config file is corrupt
