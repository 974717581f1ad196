// A deferred function that panics while another panic is in progress: both panics are reported.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("second deferred call runs too")
	}()
	defer func() {
		fmt.Println("deferred call panics again")
		panic("second problem")
	}()
	fmt.Println("about to panic")
	panic("first problem")
}

// Output:
// about to panic
// deferred call panics again
// second deferred call runs too
// Exit: 2
// Stderr: panic: first problem
