package main

import "fmt"

type state int

const (
	idle state = iota
	running
	stopped
)

// A state check that can never be true, and one written twice.
func describe(s state) string {
	if s != running || s != stopped {
		return "not both"
	}
	if s == idle || s == idle {
		return "idle"
	}
	return "other"
}

func main() {
	fmt.Println(describe(running))
}

// Vet: 15:5: suspect or: s != running || s != stopped
// Vet: 18:5: redundant or: s == idle || s == idle
