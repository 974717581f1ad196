// Calling a function with too many arguments is a compile error.
package main

import "fmt"

func greet(name string) string {
	return "hello " + name
}

func main() {
	msg := greet("ann", "bob")
	fmt.Println(msg)
	fmt.Println(greet("cid"))
}

// Error: 11:22: too many arguments in call to greet
// Error: 	have (string, string)
// Error: 	want (string)
