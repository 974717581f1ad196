// panic with a value whose type has a String method prints the String result.
package main

import "fmt"

type Code int

func (c Code) String() string {
	return fmt.Sprintf("code-%03d", int(c))
}

func check(c Code) {
	if c >= 500 {
		panic(c)
	}
	fmt.Println("ok", c)
}

func main() {
	check(200)
	check(404)
	check(503)
}

// Output:
// ok code-200
// ok code-404
// Exit: 2
// Stderr: panic: code-503
