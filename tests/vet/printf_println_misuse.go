package main

import (
	"fmt"
	"os"
)

func status() string { return "ok" }

// Print functions used as if they were Printf, and a function printed
// instead of called.
func main() {
	n := 3
	fmt.Println("running %d workers", n)
	fmt.Println("all done\n")
	fmt.Println("status:", status)
	fmt.Print(os.Stderr, "to stderr?\n")
	fmt.Printf("%s\n", status)
}

// Vet: 14:2: fmt.Println call has possible Printf formatting directive %d
// Vet: 15:2: fmt.Println arg list ends with redundant newline
// Vet: 16:2: fmt.Println arg status is a func value, not called
// Vet: 17:2: fmt.Print does not take io.Writer but has first arg os.Stderr
// Vet: 18:14: fmt.Printf format %s arg status is a func value, not called
