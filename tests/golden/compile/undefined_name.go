// Using a name that was never declared is a compile error.
package main

import "fmt"

func average(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / lenght(xs)
}

func main() {
	fmt.Println(average([]int{1, 2, 3}))
}

// Error: 11:15: undefined: lenght
