// Indexing a string past its byte length panics like a slice index; the length is in bytes.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s), len([]rune(s)))
	for i := 0; i <= len([]rune(s))+1; i++ {
		fmt.Println(i, s[i])
	}
}

// Output:
// 6 5
// 0 104
// 1 195
// 2 169
// 3 108
// 4 108
// 5 111
// Exit: 2
// Stderr: panic: runtime error: index out of range [6] with length 6
