package main

var pa, pb = 1, 2, 3
var pc, pd, pe = 1, 2

const ca, cb = 1, 2, 3
const cc, cd = 1

func two() (int, int) { return 1, 2 }

func main() {
	var la, lb = 1, 2, undefinedX
	var lc, ld, le int = 1, 2
	var lf, lg = two(), 1
	a, b := 1, 2, 3
	a, b = 1, 2, 3
	_, _, _, _, _, _, _, _ = la, lb, lc, ld, le, a, b, lf
	_ = lg
}

// Error: 3:20: extra init expr 3
// Error: 4:13: missing init expr for pe
// Error: 6:22: extra init expr 3
// Error: 7:11: missing init expr for cd
// Error: 12:21: extra init expr undefinedX
// Error: 13:14: missing init expr for le
// Error: 14:15: multiple-value two() (value of type (int, int)) in single-value context
// Error: 15:10: assignment mismatch: 2 variables but 3 values
