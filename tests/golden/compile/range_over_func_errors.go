package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func Nothing(func() bool) {}

func bad(func(int) int) {}

func main() {
	for i, j := range Count(3) {
		fmt.Println(i, j)
	}
	for x := range Nothing {
		fmt.Println(x)
	}
	for x := range bad {
		fmt.Println(x)
	}
	var s string
	for s = range Count(2) {
	}
	fmt.Println(s)
}

// Error: 20:9: range over Count(3) (value of type func(func(int) bool)) permits only one iteration variable
// Error: 23:6: range over Nothing (value of type func(func() bool)) permits no iteration variables
// Error: 26:17: cannot range over bad (value of type func(func(int) int)): func must be func(yield func(...) bool): yield func does not return bool
// Error: 30:6: cannot use s (value of type int) as string value in assignment
