// Returning more values than the function signature declares is a compile error.
package main

import (
	"errors"
	"fmt"
)

func half(n int) int {
	if n%2 != 0 {
		return 0, errors.New("odd number")
	}
	return n / 2
}

func main() {
	fmt.Println(half(4))
}

// Error: 11:13: too many return values
// Error: 	have (number, error)
// Error: 	want (int)
