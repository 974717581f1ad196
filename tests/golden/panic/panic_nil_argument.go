// Since Go 1.21, panic(nil) becomes a *runtime.PanicNilError, so recover returns a non-nil value.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	func() {
		defer func() {
			r := recover()
			_, isNilErr := r.(*runtime.PanicNilError)
			fmt.Println("recovered non-nil:", r != nil, "PanicNilError:", isNilErr)
			fmt.Println(r)
		}()
		panic(nil)
	}()
	fmt.Println("now without recover")
	panic(nil)
}

// Output:
// recovered non-nil: true PanicNilError: true
// runtime error: panic called with nil argument
// now without recover
// Exit: 2
// Stderr: panic: runtime error: panic called with nil argument
