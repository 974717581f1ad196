// Left and right sides of different lengths.
package main

import "strconv"

func pair() (int, error) { return 0, nil }

func none() {}

func main() {
	a, b, c := pair /* ERROR "assignment mismatch: 3 variables but pair returns 2 values" */()
	x := pair /* ERROR "assignment mismatch: 1 variable but pair returns 2 values" */()
	var y, z int = 1 /* ERROR "assignment mismatch: 2 variables but 1 value" */
	p, q := 1 /* ERROR "assignment mismatch: 2 variables but 3 values" */, 2, 3
	n, err := strconv /* ERROR "multiple-value strconv.Atoi(\"1\") (value of type (int, error)) in single-value context" */.Atoi("1"), nil /* ERROR "use of untyped nil in multiple assignment" */
	v := none /* ERROR "none() (no value) used as value" */()
	var w int
	w, _ = 1 /* ERROR "assignment mismatch: 2 variables but 1 value" */
	_, _, _, _, _, _, _ = a, b, c, x, y, z, p
	_, _, _, _, _ = q, n, err, v, w
}
