// A constant assigned with := must fit its default type: 1 << 70 overflows int.
package main

import "fmt"

func main() {
	x := 1 << 70
	fmt.Println(x)
}

// Error: 7:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)
