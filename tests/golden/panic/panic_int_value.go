// panic with an integer value prints the number after "panic: ".
package main

import "fmt"

func level(n int) {
	if n == 3 {
		panic(42)
	}
	fmt.Println("level", n)
	level(n + 1)
}

func main() {
	level(1)
}

// Output:
// level 1
// level 2
// Exit: 2
// Stderr: panic: 42
