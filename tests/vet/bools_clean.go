package main

import "fmt"

// Conditions with distinct operands, and repeated calls that may differ.
func ready() bool { return true }

func main() {
	x, y := 1, 2
	if x == 1 || y == 1 {
		fmt.Println("one")
	}
	if x != 1 && y != 1 {
		fmt.Println("neither")
	}
	if ready() || ready() {
		fmt.Println("ready")
	}
}

// Vet: clean
