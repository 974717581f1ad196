package main

import (
	"errors"
	"fmt"
	"log"
)

// Too few and too many arguments for the format, and an unknown verb.
func main() {
	id, attempts := 7, 3
	fmt.Printf("worker %d retried %d times\n", id)
	fmt.Printf("worker %d done\n", id, attempts)
	log.Printf("attempt %z\n", attempts)
	err := fmt.Errorf("worker %d: %w", id)
	fmt.Println(err, errors.Unwrap(err))
	fmt.Printf("no verbs here\n", id)
}

// Vet: 12:32: fmt.Printf format %d reads arg #2, but call has 1 arg
// Vet: 13:2: fmt.Printf call needs 1 arg but has 2 args
// Vet: 14:22: log.Printf format %z has unknown verb z
// Vet: 15:32: fmt.Errorf format %w reads arg #2, but call has 1 arg
// Vet: 17:32: fmt.Printf call has arguments but no formatting directives
