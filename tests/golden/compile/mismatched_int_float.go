// Mixing int and float64 variables in arithmetic needs an explicit conversion.
package main

import "fmt"

func main() {
	count := 4
	total := 10.0
	avg := total / count
	fmt.Println(avg)
}

// Error: 9:9: invalid operation: total / count (mismatched types float64 and int)
