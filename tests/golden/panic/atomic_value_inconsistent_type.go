// Storing values of different concrete types in one atomic.Value panics.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store("first")
	v.Store("second")
	fmt.Println(v.Load())
	v.Store(3)
	fmt.Println("unreachable")
}

// Output:
// second
// Exit: 2
// Stderr: panic: sync/atomic: store of inconsistently typed value into Value
