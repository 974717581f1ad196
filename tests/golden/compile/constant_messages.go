package main

import "fmt"

func main() {
	var a int8 = 1e6
	var b int = 1.5
	var c int = 1e100
	var d uint8 = 256.0
	var e int = 0.1 + 0.2
	var f int = 0x1p-2
	var g string = 2.5e-7
	var h uint8 = 0x1FF
	var i uint16 = 'é' + 1e5
	fmt.Println(a, b, c, d, e, f, g, h, i)
}

// Error: 6:15: cannot use 1e6 (untyped float constant 1e+06) as int8 value in variable declaration (truncated)
// Error: 7:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
// Error: 8:14: cannot use 1e100 (untyped float constant 1e+100) as int value in variable declaration (truncated)
// Error: 9:16: cannot use 256.0 (untyped float constant 256) as uint8 value in variable declaration (truncated)
// Error: 10:14: cannot use 0.1 + 0.2 (untyped float constant 0.3) as int value in variable declaration (truncated)
// Error: 11:14: cannot use 0x1p-2 (untyped float constant 0.25) as int value in variable declaration (truncated)
// Error: 12:17: cannot use 2.5e-7 (untyped float constant 2.5e-07) as string value in variable declaration
// Error: 13:16: cannot use 0x1FF (untyped int constant 511) as uint8 value in variable declaration (overflows)
// Error: 14:17: cannot use 'é' + 1e5 (untyped float constant 100233) as uint16 value in variable declaration (truncated)
