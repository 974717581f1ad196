// A key added after a delete takes the freed slot of the small map's
// group, so it is visited where the deleted key was.
package main

import "fmt"

func main() {
	m := map[int]bool{1: true, 2: true, 3: true, 4: true}
	delete(m, 2)
	m[9] = true
	for k := range m {
		fmt.Print(k, " ")
	}
	fmt.Println()
}

// Outcome: exit 0 stdout="1 9 3 4 \n" stderr=""
// Outcome: exit 0 stdout="9 3 4 1 \n" stderr=""
// Outcome: exit 0 stdout="3 4 1 9 \n" stderr=""
// Outcome: exit 0 stdout="4 1 9 3 \n" stderr=""
