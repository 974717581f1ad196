package main

import (
	"errors"
	"fmt"
)

var errTimeout = errors.New("timeout")

// %w belongs to fmt.Errorf only, and wants an error.
func main() {
	attempts := 2
	err := fmt.Errorf("after %d attempts: %w", attempts, errTimeout)
	fmt.Printf("failed: %w\n", err)
	bad := fmt.Errorf("wrapped: %w", attempts)
	fmt.Println(errors.Is(err, errTimeout), bad)
}

// Vet: 14:22: fmt.Printf does not support error-wrapping directive %w
// Vet: 15:30: fmt.Errorf format %w has arg attempts of wrong type int
