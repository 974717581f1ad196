// Package bits counts and moves the bits of unsigned integers, and does
// arithmetic with carries and double-width results, giving what Go's
// math/bits gives on linux/amd64 (where uint is 64 bits wide).
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64

// Len64 is the number of bits needed to write x: 0 for 0, else one more
// than the index of the highest set bit. It narrows down by halves.
func Len64(x uint64) (n int) {
	for _, width := range [...]uint{32, 16, 8, 4, 2, 1} {
		if x>>width != 0 {
			x >>= width
			n += int(width)
		}
	}
	return n + int(x)
}

func Len32(x uint32) int { return Len64(uint64(x)) }

func Len16(x uint16) int { return Len64(uint64(x)) }

func Len8(x uint8) int { return Len64(uint64(x)) }

func Len(x uint) int { return Len64(uint64(x)) }

// LeadingZeros* count the zero bits above the highest set bit (all of
// them for 0).
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

func LeadingZeros(x uint) int { return UintSize - Len(x) }

// lowestBitIndex is the index of the lowest set bit of x != 0: x & -x
// keeps only that bit.
func lowestBitIndex(x uint64) int { return Len64(x&-x) - 1 }

// TrailingZeros* count the zero bits below the lowest set bit (all of
// them for 0).
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	return lowestBitIndex(x)
}

func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return lowestBitIndex(uint64(x))
}

func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return lowestBitIndex(uint64(x))
}

func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return lowestBitIndex(uint64(x))
}

func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

// OnesCount64 is the number of set bits, counted in parallel: per 2-bit
// field, then per nibble, then per byte, and the bytes summed by one
// multiplication into the top byte.
func OnesCount64(x uint64) int {
	const (
		pairs   = 0x5555555555555555
		nibbles = 0x3333333333333333
		bytes   = 0x0f0f0f0f0f0f0f0f
		ones    = 0x0101010101010101
	)
	x -= x >> 1 & pairs
	x = x&nibbles + x>>2&nibbles
	x = (x + x>>4) & bytes
	return int(x * ones >> 56)
}

func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// RotateLeft* rotate x left by k bits, or right by -k for a negative k.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) % 64
	return x<<s | x>>(64-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) % 32
	return x<<s | x>>(32-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) % 16
	return x<<s | x>>(16-s)
}

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) % 8
	return x<<s | x>>(8-s)
}

func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

// ReverseBytes64 puts x's bytes in the opposite order: neighbouring bytes
// swapped, then 16-bit halves, then 32-bit halves.
func ReverseBytes64(x uint64) uint64 {
	const (
		evenBytes  = 0x00ff00ff00ff00ff
		evenShorts = 0x0000ffff0000ffff
	)
	x = x>>8&evenBytes | x&evenBytes<<8
	x = x>>16&evenShorts | x&evenShorts<<16
	return x>>32 | x<<32
}

func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// Reverse64 puts x's bits in the opposite order: within each byte by
// swapping single bits, pairs and nibbles, then the bytes themselves.
func Reverse64(x uint64) uint64 {
	const (
		oddBits  = 0x5555555555555555
		oddPairs = 0x3333333333333333
		oddNibs  = 0x0f0f0f0f0f0f0f0f
	)
	x = x>>1&oddBits | x&oddBits<<1
	x = x>>2&oddPairs | x&oddPairs<<2
	x = x>>4&oddNibs | x&oddNibs<<4
	return ReverseBytes64(x)
}

func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }
