// Labelled break and continue act on the named outer loop; break inside select/switch leaves only that statement.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}

	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
			break
		}
		fmt.Println("after switch", n)
	}

	grid := [][]int{{1, 2}, {3, -4}, {5, 6}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)
}

// Output:
// 0 0
// 0 1
// 1 0
// 1 1
// after switch 1
// after switch 2
// after switch 3
// negative at 1 1
// found: true
