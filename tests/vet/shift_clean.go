package main

import "fmt"

// Shifts within the width of their operands, and a constant shifted
// (constants have no width to overflow here).
func main() {
	var b uint8 = 1
	var w uint64 = 1
	const big = 1 << 40
	n := 3
	fmt.Println(b<<7, w<<63, big>>8, 1<<n, uint32(b)<<24)
}

// Vet: clean
