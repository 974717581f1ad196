// A range over a small map visits its entries starting at a random one
// and wrapping around: real Go shows each of the three rotations, and no
// other order.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range m {
		fmt.Print(k)
	}
	fmt.Println()
}

// Outcome: exit 0 stdout="abc\n" stderr=""
// Outcome: exit 0 stdout="bca\n" stderr=""
// Outcome: exit 0 stdout="cab\n" stderr=""
