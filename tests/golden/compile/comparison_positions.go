package main

type T struct{ s []int }

func main() {
	var a int
	var s string
	var f func()
	var t T
	var m map[int]int
	_ = a + s
	_ = a < s
	_ = s == nil
	_ = f == f
	_ = t == t
	_ = m == m
	_ = a == 1.5
	_ = (a) != (s)
	var p, q int = 1
	var r, w, z = 1, 2
}

// Error: 11:6: invalid operation: a + s (mismatched types int and string)
// Error: 12:10: invalid operation: a < s (mismatched types int and string)
// Error: 13:11: invalid operation: s == nil (mismatched types string and untyped nil)
// Error: 14:6: invalid operation: f == f (func can only be compared to nil)
// Error: 15:6: invalid operation: t == t (struct containing []int cannot be compared)
// Error: 16:6: invalid operation: m == m (map can only be compared to nil)
// Error: 17:11: 1.5 (untyped float constant) truncated to int
// Error: 18:13: invalid operation: (a) != (s) (mismatched types int and string)
// Error: 19:17: assignment mismatch: 2 variables but 1 value
// Error: 20:12: missing init expr for z
// Error: 20:12: too many errors
