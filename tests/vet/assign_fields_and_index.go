package main

import "fmt"

type config struct {
	name    string
	retries int
}

// Self-assignments of fields and elements, the way they slip into
// constructors and copy loops.
func newConfig(name string, retries int) config {
	c := config{}
	c.name = c.name
	c.retries = retries
	return c
}

func main() {
	xs := []int{1, 2, 3}
	for i := range xs {
		xs[i] = xs[i]
	}
	fmt.Println(newConfig("a", 2), xs)
}

// Vet: 14:2: self-assignment of c.name
// Vet: 22:3: self-assignment of xs[i]
