// Writing to a nil map panics with "assignment to entry in nil map", although reading from it is fine.
package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func main() {
	var r Registry
	fmt.Println("lookup:", r.byName["x"], len(r.byName))
	for k := range r.byName {
		fmt.Println(k)
	}
	delete(r.byName, "x")
	fmt.Println("read and delete on nil map are fine")
	r.byName["x"] = 1
	fmt.Println("unreachable")
}

// Output:
// lookup: 0 0
// read and delete on nil map are fine
// Exit: 2
// Stderr: panic: assignment to entry in nil map
