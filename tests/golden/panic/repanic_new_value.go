// Panicking with a new value after recovering reports the first panic as recovered before the new one.
package main

import "fmt"

func translate() {
	if r := recover(); r != nil {
		panic(fmt.Sprintf("translated: %v", r))
	}
}

func main() {
	defer translate()
	fmt.Println("start")
	var m map[string]int
	m["k"] = 1
}

// Output:
// start
// Exit: 2
// Stderr: panic: assignment to entry in nil map [recovered]
