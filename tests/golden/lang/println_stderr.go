// The print and println builtins write to standard error, not standard output.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("to stdout")
	println("to stderr", 42, true, 'x', -7, 2.5, 1e21)
	print("more", "stderr", 1, 2, "\n")
	fmt.Println("stdout again")
	os.Stdout.Sync()
	os.Exit(1)
}

// Output:
// to stdout
// stdout again
// Exit: 1
// Stderr: to stderr 42 true 120 -7 2.5 1e+21
