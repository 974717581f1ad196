package main

import (
	"fmt"
	"strings"
)

// Calls whose results are thrown away, as if they changed their argument.
func main() {
	name := "  gopher "
	strings.TrimSpace(name)
	strings.ToUpper(name)
	fmt.Sprintf("hello %s", name)
	fmt.Println(name)
}

// Vet: 13:2: result of fmt.Sprintf call not used
