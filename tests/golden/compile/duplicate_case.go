// Duplicate constant cases in an expression switch are a compile error.
package main

import "fmt"

func describe(n int) string {
	switch n {
	case 1:
		return "one"
	case 2, 1:
		return "two"
	}
	return "many"
}

func main() {
	fmt.Println(describe(2))
}

// Error: 10:10: duplicate case 1 (constant of type int) in expression switch
// Error: 	./prog.go:8:7: previous case
