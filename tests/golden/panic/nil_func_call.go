// Calling a nil function value panics with a nil pointer dereference.
package main

import "fmt"

type Handlers map[string]func(int) int

func main() {
	h := Handlers{
		"double": func(x int) int { return x * 2 },
	}
	fmt.Println(h["double"](21))
	fn, ok := h["triple"]
	fmt.Println("triple registered:", ok, "is nil:", fn == nil)
	fmt.Println(fn(3))
}

// Output:
// 42
// triple registered: false is nil: true
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
