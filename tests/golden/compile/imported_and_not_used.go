// Importing a package without using it is a compile error.
package main

import (
	"fmt"
	"strings"
)

func main() {
	name := "gopher"
	fmt.Println("hello", name)
	fmt.Println(len(name))
}

// Error: 6:2: "strings" imported and not used
