// A function with results must end in a terminating statement, or it fails with "missing return".
package main

import "fmt"

func sign(n int) string {
	if n > 0 {
		return "positive"
	} else if n < 0 {
		return "negative"
	}
}

func main() {
	fmt.Println(sign(3))
}

// Error: 12:1: missing return
