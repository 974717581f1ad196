// Operators applied to operands that do not support them.
package main

type point struct{ x, y int }

func main() {
	var i int = 1
	var f float64 = 2
	var s string = "s"
	_ = i /* ERROR "invalid operation: i + f (mismatched types int and float64)" */ + f
	_ = s /* ERROR "invalid operation: s + 1 (mismatched types string and untyped int)" */ + 1
	_ = s /* ERROR "invalid operation: s * 2 (mismatched types string and untyped int)" */ * 2
	_ = !i /* ERROR "invalid operation: operator ! not defined on i (variable of type int)" */
	_ = -s /* ERROR "invalid operation: operator - not defined on s (variable of type string)" */
	fn := func() {}
	_ = fn /* ERROR "invalid operation: fn == fn (func can only be compared to nil)" */ == fn
	_ = [ /* ERROR "invalid operation: []int{} == []int{} (slice can only be compared to nil)" */]int{} == []int{}
	_ = point /* ERROR "invalid operation: point{} < point{} (operator < not defined on struct)" */{} < point{}
	_ = &3 /* ERROR "invalid operation: cannot take address of 3 (untyped int constant)" */
}
