// := is only allowed inside functions; package-level declarations need var.
package main

import "fmt"

counter := 0

func main() {
	counter++
	fmt.Println(counter)
}

// Error: 6:1: syntax error: non-declaration statement outside function body
