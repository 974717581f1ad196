package main

import "fmt"

// Shifts by a constant as wide as the operand: the result is always 0.
func pack(hi, lo int32) int64 {
	return int64(hi<<32) | int64(lo)
}

const wordBits = 64

func main() {
	var flags uint8 = 1
	flags <<= 8
	var id uint16 = 3
	fmt.Println(pack(1, 2), flags, id>>16, id<<15)
	if wordBits == 32 {
		var x int32 = 1
		fmt.Println(x << 40)
	}
	switch wordBits {
	case 32:
		var y int32 = 1
		fmt.Println(y << 33)
	case 64:
		var z int64 = 1
		fmt.Println(z << 64)
	}
}

// Vet: 7:15: hi (32 bits) too small for shift of 32
// Vet: 14:2: flags (8 bits) too small for shift of 8
// Vet: 16:33: id (16 bits) too small for shift of 16
// Vet: 27:15: z (64 bits) too small for shift of 64
