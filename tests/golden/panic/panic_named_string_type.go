// panic with a value of a named string type prints the type name and the quoted value.
package main

import "fmt"

type State string

func transition(from, to State) State {
	if from == "closed" && to == "reading" {
		panic(State("cannot read from closed state"))
	}
	fmt.Println(from, "->", to)
	return to
}

func main() {
	s := State("open")
	s = transition(s, "reading")
	s = transition(s, "closed")
	transition(s, "reading")
}

// Output:
// open -> reading
// reading -> closed
// Exit: 2
// Stderr: panic: main.State("cannot read from closed state")
