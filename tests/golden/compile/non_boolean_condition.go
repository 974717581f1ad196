// An if condition must be a boolean; integers are not truthy in Go.
package main

import "fmt"

func main() {
	pending := 3
	if pending {
		fmt.Println("work remaining")
	}
}

// Error: 8:5: non-boolean condition in if statement
