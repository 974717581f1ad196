// Package rand is Goroutine Dojo's version of Go's math/rand/v2.
//
// As in the Dojo's math/rand (which this package builds on), every random
// number comes from the scheduler: the learner can pick a value while
// stepping, a run can be replayed exactly, and the explorer tries several
// values (all of them for a range of at most 8). That holds for the
// top-level functions and for the PCG and ChaCha8 sources, whose seeds
// are kept but do not decide anything: a run can show any sequence some
// seed could produce, since the seed usually comes from outside the
// program. A Source the program writes itself is used exactly as Go uses
// it, so a deterministic Source gives Go's numbers.
//
// The generic function N and method Rand.N are left out: the Dojo has no
// generics.
package rand

import v1 "math/rand"

// A Source yields uniformly distributed uint64 values. Like Go's, a Source
// is not safe for concurrent use.
type Source interface {
	Uint64() uint64
}

// A Rand turns the values of a Source into numbers of other kinds and
// ranges. Like Go's, it is not safe for concurrent use.
//
// Over a Source written by the program, each method derives its result as
// Go's does. Over the Dojo's own sources (the top-level functions, PCG,
// ChaCha8), a bounded method (IntN, Float64, ...) asks the scheduler once
// for a value in the final range, so the choice is "3 of [0, 5)" rather
// than 64 bits that Go would reduce.
type Rand struct {
	src Source
}

// New returns a Rand drawing its values from src.
func New(src Source) *Rand {
	return &Rand{src: src}
}

// runtimeSource is the Source of the top-level functions.
type runtimeSource struct{}

// Uint64 asks the scheduler for 64 bits.
func (runtimeSource) Uint64() uint64 { return scheduled64() }

// scheduled64 asks the scheduler for a uint64: its top 63 bits, then the
// last one, so that every value is possible.
func scheduled64() uint64 {
	return uint64(v1.Int63())<<1 | uint64(v1.Int63n(2))
}

// scheduledBelow asks the scheduler for a value in [0, n), n > 0. Above
// the natives' range it draws whole uint64 values until one fits.
func scheduledBelow(n uint64) uint64 {
	if n < 1<<63 {
		return uint64(v1.Int63n(int64(n)))
	}
	for {
		if v := scheduled64(); v < n {
			return v
		}
	}
}

// scheduled reports whether r draws from one of the Dojo's own sources.
func (r *Rand) scheduled() bool {
	switch r.src.(type) {
	case runtimeSource, *PCG, *ChaCha8:
		return true
	}
	return false
}

// Int64 returns a non-negative random int64.
func (r *Rand) Int64() int64 {
	if r.scheduled() {
		return v1.Int63()
	}
	return int64(r.src.Uint64() &^ (1 << 63))
}

// Uint32 returns a random uint32: the top half of a Source value.
func (r *Rand) Uint32() uint32 {
	if r.scheduled() {
		return uint32(v1.Int63() >> 31)
	}
	return uint32(r.src.Uint64() >> 32)
}

// Uint64 returns a random uint64.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 returns a non-negative random int32: the top 31 bits of a Source
// value.
func (r *Rand) Int32() int32 {
	if r.scheduled() {
		return int32(v1.Int63() >> 32)
	}
	return int32(r.src.Uint64() >> 33)
}

// Int returns a non-negative random int.
func (r *Rand) Int() int {
	if r.scheduled() {
		return int(v1.Int63())
	}
	return int(uint(r.src.Uint64()) << 1 >> 1)
}

// Uint returns a random uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// Int64N returns a random int64 in [0, n). It panics if n <= 0.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.below(uint64(n)))
}

// Uint64N returns a random uint64 in [0, n). It panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.below(n)
}

// Int32N returns a random int32 in [0, n). It panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.below(uint64(n)))
}

// Uint32N returns a random uint32 in [0, n). It panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.below(uint64(n)))
}

// IntN returns a random int in [0, n). It panics if n <= 0.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.below(uint64(n)))
}

// UintN returns a random uint in [0, n). It panics if n == 0.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.below(uint64(n)))
}

// below returns a value in [0, n) for n > 0: Go's unexported uint64n.
// Go masks a power of two; otherwise it keeps the high half of the
// 128-bit product of a Source value and n, retrying while the low half
// falls in the few products that would favour some results (Lemire).
func (r *Rand) below(n uint64) uint64 {
	if r.scheduled() {
		return scheduledBelow(n)
	}
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := mul128(r.Uint64(), n)
	if lo < n {
		zone := -n % n
		for lo < zone {
			hi, lo = mul128(r.Uint64(), n)
		}
	}
	return hi
}

// mul128 returns the 128-bit product of x and y as its high and low
// 64-bit halves.
func mul128(x, y uint64) (hi, lo uint64) {
	const half = 1<<32 - 1
	x0, x1 := x&half, x>>32
	y0, y1 := y&half, y>>32
	low := x0 * y0
	mid := x1*y0 + low>>32
	mid1, mid2 := mid&half, mid>>32
	mid1 += x0 * y1
	hi = x1*y1 + mid2 + mid1>>32
	lo = x * y
	return hi, lo
}

// Float64 returns a random float64 in [0.0, 1.0): one of the 2^53
// multiples of 2^-53 there, all equally likely.
func (r *Rand) Float64() float64 {
	if r.scheduled() {
		return float64(v1.Int63n(1<<53)) / (1 << 53)
	}
	return float64(r.Uint64()<<11>>11) / (1 << 53)
}

// Float32 returns a random float32 in [0.0, 1.0): one of the 2^24
// multiples of 2^-24 there, all equally likely.
func (r *Rand) Float32() float32 {
	if r.scheduled() {
		return float32(v1.Int63n(1<<24)) / (1 << 24)
	}
	return float32(r.Uint32()<<8>>8) / (1 << 24)
}

// Perm returns a random permutation of 0..n-1: the numbers in order,
// shuffled by Shuffle.
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle puts n elements in random order by calling swap(i, j) for i
// from n-1 down to 1, with j random in [0, i] (Fisher-Yates). It panics
// if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.below(uint64(i+1))))
	}
}
