package main

import "fmt"

type state int

const (
	idle state = iota
	running
	stopped
)

// Conditions that repeat themselves or can never change their answer.
func classify(s state, n int, name string) string {
	if s == running || s == running {
		return "running"
	}
	if s != idle || s != stopped {
		return "not idle, or not stopped: always"
	}
	if n == 1 && n == 2 {
		return "never"
	}
	if name != "" && name != "" && n > 0 {
		return name
	}
	return "other"
}

func main() {
	fmt.Println(classify(running, 1, "a"))
}

// Vet: 15:5: redundant or: s == running || s == running
// Vet: 18:5: suspect or: s != idle || s != stopped
// Vet: 21:5: suspect and: n == 1 && n == 2
// Vet: 24:5: redundant and: name != "" && name != ""
