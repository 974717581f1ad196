package main

import "fmt"

// Assignments that look alike but are not self-assignments.
type point struct{ x, y int }

func main() {
	a, b := 1, 2
	a, b = b, a
	p := point{1, 2}
	p.x, p.y = p.y, p.x
	xs := []int{1, 2}
	xs[0], xs[1] = xs[1], xs[0]
	fmt.Println(a, b, p, xs)
}

// Vet: clean
