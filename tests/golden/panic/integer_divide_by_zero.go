// Integer division by a zero variable panics with "integer divide by zero".
package main

import "fmt"

func average(values []int) int {
	total := 0
	for _, v := range values {
		total += v
	}
	return total / len(values)
}

func main() {
	fmt.Println(average([]int{2, 4, 9}))
	zero := 0.0
	fmt.Println("float division is fine:", 1/zero > 1e308)
	fmt.Println(average(nil))
	fmt.Println("unreachable")
}

// Output:
// 5
// float division is fine: true
// Exit: 2
// Stderr: panic: runtime error: integer divide by zero
