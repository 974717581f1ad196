// make with a negative length computed at run time panics with "makeslice: len out of range".
package main

import "fmt"

func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	fmt.Println(len(buffer(8)))
	size := 4 - 10
	fmt.Println("size", size)
	fmt.Println(len(buffer(size)))
}

// Output:
// 8
// size -6
// Exit: 2
// Stderr: panic: runtime error: makeslice: len out of range
