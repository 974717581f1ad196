// init functions run after package variables are initialised, in source order, before main.
package main

import "fmt"

var registry []string

var ready = setup()

func setup() bool {
	fmt.Println("var init, registry has", len(registry))
	return true
}

func init() {
	fmt.Println("first init, ready =", ready)
	registry = append(registry, "one")
}

func main() {
	fmt.Println("main sees", registry)
}

func init() {
	fmt.Println("second init")
	registry = append(registry, "two")
}

// Output:
// var init, registry has 0
// first init, ready = true
// second init
// main sees [one two]
