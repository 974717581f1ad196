// defer needs a function call; deferring a function value without parentheses is a compile error.
package main

import "fmt"

func setup() (cleanup func()) {
	fmt.Println("setup")
	return func() { fmt.Println("cleanup") }
}

func main() {
	cancel := setup()
	defer cancel
	fmt.Println("working")
}

// Error: 13:8: expression in defer must be function call
