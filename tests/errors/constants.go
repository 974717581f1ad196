// Constant expressions that overflow, truncate or divide by zero.
package main

import "time"

const big = 1 << 70

func main() {
	var b uint8 = 300 /* ERROR "cannot use 300 (untyped int constant) as uint8 value in variable declaration (overflows)" */
	var i8 int8 = - /* ERROR "cannot use -129 (untyped int constant) as int8 value in variable declaration (overflows)" */129
	var u uint = - /* ERROR "cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)" */1
	var n int = big /* ERROR "cannot use big (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)" */
	var k int = 2.5 /* ERROR "cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)" */
	x := 10 / 0 /* ERROR "invalid operation: division by zero" */
	d := time.Second * 1.5 /* ERROR "1.5 (untyped float constant) truncated to int64" */
	const c = 5
	c /* ERROR "cannot assign to c (neither addressable nor a map index expression)" */ = 6
	_, _, _, _, _, _, _ = b, i8, u, n, k, x, d
}
