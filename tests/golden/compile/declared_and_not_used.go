// A local variable that is declared but never used is a compile error.
package main

import "fmt"

func main() {
	total := 0
	count := 0
	for i := 0; i < 3; i++ {
		total += i
	}
	fmt.Println(total)
}

// Error: 8:2: declared and not used: count
