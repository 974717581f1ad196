// Indexing past the end of a slice panics with "index out of range [i] with length n".
package main

import "fmt"

func get(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{10, 20, 30}
	for _, i := range []int{0, 2, 5} {
		fmt.Println("index", i)
		fmt.Println("value", get(xs, i))
	}
	fmt.Println("unreachable")
}

// Output:
// index 0
// value 10
// index 2
// value 30
// index 5
// Exit: 2
// Stderr: panic: runtime error: index out of range [5] with length 3
