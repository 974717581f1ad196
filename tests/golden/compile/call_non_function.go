// Calling a value of non-function type is a compile error.
package main

import "fmt"

func main() {
	limit := 3
	for i := range limit() {
		fmt.Println(i)
	}
}

// Error: 8:17: invalid operation: cannot call limit (variable of type int): int is not a function
