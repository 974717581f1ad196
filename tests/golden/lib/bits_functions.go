// math/bits: counting, rotating and reversing bits, carries, double-width products and quotients as Go computes them; Div64 panics with runtime errors.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize)
	for _, x := range []uint64{0, 1, 6, 0x80, 0xf0f0, 0x12345678, 1 << 63, 0xdeadbeefcafebabe, ^uint64(0)} {
		fmt.Println(x, bits.Len(uint(x)), bits.Len8(uint8(x)), bits.Len16(uint16(x)), bits.Len32(uint32(x)), bits.Len64(x),
			bits.LeadingZeros(uint(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x),
			bits.TrailingZeros(uint(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x),
			bits.OnesCount(uint(x)), bits.OnesCount8(uint8(x)), bits.OnesCount16(uint16(x)), bits.OnesCount32(uint32(x)), bits.OnesCount64(x))
		fmt.Printf("  %x %x %x %x %x | %x %x %x %x %x | %x %x %x %x\n",
			bits.RotateLeft(uint(x), 5), bits.RotateLeft8(uint8(x), -3), bits.RotateLeft16(uint16(x), 20), bits.RotateLeft32(uint32(x), -1), bits.RotateLeft64(x, 68),
			bits.Reverse(uint(x)), bits.Reverse8(uint8(x)), bits.Reverse16(uint16(x)), bits.Reverse32(uint32(x)), bits.Reverse64(x),
			bits.ReverseBytes(uint(x)), bits.ReverseBytes16(uint16(x)), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes64(x))
	}

	s, c := bits.Add64(^uint64(0), 1, 0)
	s2, c2 := bits.Add64(1<<63, 1<<63, 1)
	s3, c3 := bits.Add32(0xffffffff, 0xffffffff, 1)
	s4, c4 := bits.Add(3, 4, 1)
	fmt.Println("Add:", s, c, s2, c2, s3, c3, s4, c4)
	d, b := bits.Sub64(0, 1, 0)
	d2, b2 := bits.Sub64(5, 3, 1)
	d3, b3 := bits.Sub32(0, 0, 1)
	d4, b4 := bits.Sub(10, 20, 0)
	fmt.Println("Sub:", d, b, d2, b2, d3, b3, d4, b4)
	h, l := bits.Mul64(^uint64(0), ^uint64(0))
	h2, l2 := bits.Mul32(0xffffffff, 3)
	h3, l3 := bits.Mul(1<<40, 1<<40)
	fmt.Println("Mul:", h, l, h2, l2, h3, l3)
	q, r := bits.Div64(1, 0, 3)
	q2, r2 := bits.Div32(2, 7, 10)
	q3, r3 := bits.Div(0, 100, 7)
	q4, r4 := bits.Div64(0x7fffffffffffffff, ^uint64(0), 1<<63)
	fmt.Println("Div:", q, r, q2, r2, q3, r3, q4, r4)
	fmt.Println("Rem:", bits.Rem64(10, 3, 7), bits.Rem32(9, 9, 4), bits.Rem(5, 5, 3))

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "panics:", recover()) }()
		f()
	}
	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(5, 0, 5) })

	var hi uint64 = 7
	bits.Div64(hi, 0, 7)
	fmt.Println("not reached")
}

// Output:
// 64
// 0 0 0 0 0 0 64 8 16 32 64 64 8 16 32 64 0 0 0 0 0
//   0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0
// 1 1 1 1 1 1 63 7 15 31 63 0 0 0 0 0 1 1 1 1 1
//   20 20 10 80000000 10 | 8000000000000000 80 8000 80000000 8000000000000000 | 100000000000000 100 1000000 100000000000000
// 6 3 3 3 3 3 61 5 13 29 61 1 1 1 1 1 2 2 2 2 2
//   c0 c0 60 3 60 | 6000000000000000 60 6000 60000000 6000000000000000 | 600000000000000 600 6000000 600000000000000
// 128 8 8 8 8 8 56 0 8 24 56 7 7 7 7 7 1 1 1 1 1
//   1000 10 800 40 800 | 100000000000000 1 100 1000000 100000000000000 | 8000000000000000 8000 80000000 8000000000000000
// 61680 16 8 16 16 16 48 0 0 16 48 4 4 4 4 4 8 4 8 8 8
//   1e1e00 1e f0f 7878 f0f00 | f0f000000000000 f f0f f0f0000 f0f000000000000 | f0f0000000000000 f0f0 f0f00000 f0f0000000000000
// 305419896 29 7 15 29 29 35 1 1 3 35 3 3 3 3 3 13 4 8 13 13
//   2468acf00 f 6785 91a2b3c 123456780 | 1e6a2c4800000000 1e 1e6a 1e6a2c48 1e6a2c4800000000 | 7856341200000000 7856 78563412 7856341200000000
// 9223372036854775808 64 0 0 0 64 0 8 16 32 0 63 8 16 32 63 1 0 0 0 1
//   10 0 0 0 8 | 1 0 0 0 1 | 80 0 0 80
// 16045690984503098046 64 8 16 32 64 0 0 0 0 0 1 1 1 1 1 46 6 11 22 46
//   d5b7ddf95fd757db d7 abeb 657f5d5f eadbeefcafebabed | 7d5d7f53f77db57b 7d 7d5d 7d5d7f53 7d5d7f53f77db57b | bebafecaefbeadde beba bebafeca bebafecaefbeadde
// 18446744073709551615 64 8 16 32 64 0 0 0 0 0 0 0 0 0 0 64 8 16 32 64
//   ffffffffffffffff ff ffff ffffffff ffffffffffffffff | ffffffffffffffff ff ffff ffffffff ffffffffffffffff | ffffffffffffffff ffff ffffffff ffffffffffffffff
// Add: 0 1 1 1 4294967295 1 8 0
// Sub: 18446744073709551615 1 1 0 4294967295 1 18446744073709551606 1
// Mul: 18446744073709551614 1 2 4294967293 65536 0
// Div: 6148914691236517205 1 858993459 9 14 2 18446744073709551615 9223372036854775807
// Rem: 2 1 1
// Div64 by zero panics: runtime error: integer divide by zero
// Div32 by zero panics: runtime error: integer divide by zero
// Rem64 by zero panics: runtime error: integer divide by zero
// Div32 overflow panics: runtime error: integer overflow
// Exit: 2
// Stderr: panic: runtime error: integer overflow
