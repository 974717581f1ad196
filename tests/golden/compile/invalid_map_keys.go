package main

var m map[func()]int

type K map[[]int]bool

func main() {
	_ = m
}

// Error: 3:15: invalid map key type func()
// Error: 5:12: invalid map key type []int
