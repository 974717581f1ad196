package main

import "fmt"

type state int

// A String method that formats its own receiver calls itself forever.
func (s state) String() string {
	return fmt.Sprintf("state(%v)", s)
}

type point struct{ x, y int }

func (p *point) String() string {
	return fmt.Sprint(p)
}

func main() {
	fmt.Println(state(1) == 1, (&point{}).x)
}

// Vet: 9:28: fmt.Sprintf format %v with arg s causes recursive (command-line-arguments.state).String method call
// Vet: 15:9: fmt.Sprint arg p causes recursive call to (*command-line-arguments.point).String method
