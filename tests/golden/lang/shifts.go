// Shifts: left shifts drop high bits, right shifts are arithmetic for signed and logical for unsigned types.
package main

import "fmt"

func main() {
	fmt.Println(1<<10, 3<<2, 1024>>3)
	var s int8 = -16
	fmt.Println(s>>2, s<<3)
	var u uint8 = 0xF0
	fmt.Println(u>>4, u<<1, u<<4)
	var x int32 = 1
	fmt.Println(x<<31, x<<32)
	n := 40
	var big uint64 = 1 << n
	fmt.Println(big)
	var shift uint = 70
	fmt.Println(1<<shift == 0, uint64(1)<<63)
	neg := -1
	fmt.Println(neg>>10, neg<<4)
	var word uint16 = 0xABCD
	fmt.Printf("%#x %#x %#x\n", word>>8, word&0xFF, word<<8)
	bits := 0
	for v := 0b1011_0110; v != 0; v >>= 1 {
		bits += v & 1
	}
	fmt.Println("bits set:", bits)
}

// Output:
// 1024 12 128
// -4 -128
// 15 224 0
// -2147483648 0
// 1099511627776
// true 9223372036854775808
// -1 -16
// 0xab 0xcd 0xcd00
// bits set: 5
