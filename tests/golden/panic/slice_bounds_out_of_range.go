// Slicing beyond the capacity panics with "slice bounds out of range".
package main

import "fmt"

func window(s []byte, from, to int) []byte {
	return s[from:to]
}

func main() {
	data := make([]byte, 4, 6)
	fmt.Println(len(window(data, 1, 6)))
	fmt.Println(len(window(data, 2, 3)))
	fmt.Println("about to slice [2:8]")
	fmt.Println(len(window(data, 2, 8)))
	fmt.Println("unreachable")
}

// Output:
// 5
// 1
// about to slice [2:8]
// Exit: 2
// Stderr: panic: runtime error: slice bounds out of range [:8] with capacity 6
