// A single-result type assertion to the wrong type panics with an "interface conversion" message.
package main

import "fmt"

func main() {
	values := []any{1, 2, "three"}
	sum := 0
	for _, v := range values {
		sum += v.(int)
		fmt.Println("sum so far", sum)
	}
	fmt.Println("unreachable")
}

// Output:
// sum so far 1
// sum so far 3
// Exit: 2
// Stderr: panic: interface conversion: interface {} is string, not int
