// The go statement needs a function call; a bare function value is a compile error.
package main

import (
	"fmt"
	"time"
)

func tick() {
	fmt.Println("tick")
}

func main() {
	go tick
	time.Sleep(10 * time.Millisecond)
}

// Error: 14:5: expression in go must be function call
