// Assigning a value of one type to a variable of another type is a compile error.
package main

import "fmt"

func main() {
	var count int
	input := "42"
	count = input
	fmt.Println(count + 1)
}

// Error: 9:10: cannot use input (variable of type string) as int value in assignment
