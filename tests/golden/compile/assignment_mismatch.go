// A single variable cannot receive a multi-value function result.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.Atoi("7")
	fmt.Println(n)
}

// Error: 10:7: assignment mismatch: 1 variable but strconv.Atoi returns 2 values
