package main

func main() {
	for i := range 3 {
	}
	for j := range 3 {
		j = 5
	}
	for k := range 3 {
		k = "a"
	}
	a, b := 1, 2
	a, b = "x", 3
	_ = b
}

// Error: 4:6: declared and not used: i
// Error: 6:6: declared and not used: j
// Error: 9:6: declared and not used: k
// Error: 10:7: cannot use "a" (untyped string constant) as int value in assignment
// Error: 12:2: declared and not used: a
// Error: 13:9: cannot use "x" (untyped string constant) as int value in multiple assignment
