// A binary operation on operands of different types is a compile error; there are no implicit conversions.
package main

import (
	"fmt"
	"time"
)

func main() {
	seconds := 3
	timeout := seconds * time.Second
	fmt.Println(timeout)
}

// Error: 11:13: invalid operation: seconds * time.Second (mismatched types int and time.Duration)
