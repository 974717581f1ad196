// := must declare at least one new variable on its left side.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("12")
	fmt.Println(n, err)
	n, err := strconv.Atoi("34")
	fmt.Println(n, err)
}

// Error: 12:9: no new variables on left side of :=
