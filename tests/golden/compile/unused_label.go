// A label that is defined but never used is a compile error.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				break
			}
			fmt.Println(i, j)
		}
	}
}

// Error: 7:1: label outer defined and not used
