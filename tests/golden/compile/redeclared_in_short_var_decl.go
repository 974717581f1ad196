package main

func main() {
	x := 1
	x = "a"
	y := 2
	y = 3
	z := 1
	z, w := "s", 2
	_ = w
}

// Error: 4:2: declared and not used: x
// Error: 5:6: cannot use "a" (untyped string constant) as int value in assignment
// Error: 6:2: declared and not used: y
// Error: 8:2: declared and not used: z
// Error: 9:10: cannot use "s" (untyped string constant) as int value in multiple assignment
