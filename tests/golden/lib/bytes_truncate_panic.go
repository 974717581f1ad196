// Buffer.Truncate beyond the unread length panics with Go's message; Truncate(0) is Reset.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("abcdef")
	b.Next(2)
	b.Truncate(3)
	fmt.Println(b.String())
	b.Truncate(0)
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("xy")
	b.Truncate(5)
	fmt.Println("not reached")
}

// Output:
// cde
// 0 true
// Exit: 2
// Stderr: panic: bytes.Buffer: truncation out of range
