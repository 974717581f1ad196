// math/rand/v2 over a program's own Source: every method derives its value from the Source exactly as Go does.
package main

import (
	"fmt"
	"math/rand/v2"
)

// xorshift is a deterministic Source.
type xorshift struct{ x uint64 }

func (g *xorshift) Uint64() uint64 {
	g.x ^= g.x << 13
	g.x ^= g.x >> 7
	g.x ^= g.x << 17
	return g.x
}

// counting counts the Uint64 calls made to it.
type counting struct {
	xorshift
	calls int
}

func (c *counting) Uint64() uint64 {
	c.calls++
	return c.xorshift.Uint64()
}

// fixed returns the same value every time.
type fixed uint64

func (f fixed) Uint64() uint64 { return uint64(f) }

func main() {
	r := rand.New(&xorshift{x: 88172645463325252})
	fmt.Println(r.Int64(), r.Uint32(), r.Uint64(), r.Int32(), r.Int(), r.Uint())
	fmt.Println(r.Int64N(1000), r.Int64N(1<<20), r.Int64N(1<<62+3))
	fmt.Println(r.Int32N(7), r.Int32N(64), r.Uint32N(1000000007))
	fmt.Println(r.IntN(10), r.IntN(1<<40), r.UintN(3), r.Uint64N(1<<63+12345))
	var dice []int
	for i := 0; i < 8; i++ {
		dice = append(dice, r.IntN(6))
	}
	fmt.Println(dice)
	fmt.Println(r.Float64(), r.Float32(), r.Float64())
	fmt.Println(r.Perm(12))
	fmt.Println(r.Perm(1), r.Perm(0))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	for i := 0; i < 4; i++ {
		fmt.Printf("%.12f %.12f\n", r.NormFloat64(), r.ExpFloat64())
	}
	var sum float64
	for i := 0; i < 500; i++ {
		sum += r.NormFloat64() + r.ExpFloat64()
	}
	fmt.Printf("%.9f\n", sum)
	z := rand.NewZipf(r, 1.2, 1, 50)
	var ks []uint64
	for i := 0; i < 12; i++ {
		ks = append(ks, z.Uint64())
	}
	fmt.Println(ks)

	// The high half of a 128-bit product: a fixed value maps to a fixed result.
	f := rand.New(fixed(1<<63 + 12345))
	fmt.Println(f.IntN(10), f.Uint64N(7), f.Int32N(1000), f.Float64(), f.Float32(), f.Int64())
	g := rand.New(fixed(^uint64(0)))
	fmt.Println(g.IntN(10), g.Uint64N(1<<63+1), g.Int(), g.Int32(), g.Uint32(), g.Float64())

	// Draws per call, as in Go.
	c := &counting{xorshift: xorshift{x: 3}}
	rc := rand.New(c)
	rc.Perm(10)
	fmt.Println("Perm(10):", c.calls)
	c.calls = 0
	rc.Shuffle(10, func(i, j int) {})
	fmt.Println("Shuffle(10):", c.calls)
	c.calls = 0
	rc.IntN(1 << 20)
	rc.Float32()
	fmt.Println("IntN + Float32:", c.calls)
}

// Output:
// 8748534153485358512 708014935 3453997556048239312 1912905468 8204724074003728306 17801246309558322749
// 381 490679 3636500826427348638
// 6 20 639163969
// 6 584184277406 1 1673002977749036228
// [5 3 4 5 2 3 3 5]
// 0.20632385802009645 0.4343742 0.6874364174861918
// [8 1 9 10 2 11 0 7 4 6 3 5]
// [0] []
// [d g f b a e c]
// 0.255463795579 0.317817180498
// 0.914961301689 0.343740754545
// 1.499604461090 1.412845428756
// -0.423009296795 0.755873030743
// 542.408632853
// [0 0 0 0 0 2 0 5 0 3 30 0]
// 5 3 500 1.3705703238997557e-12 0 12345
// 9 9223372036854775808 9223372036854775807 2147483647 4294967295 0.9999999999999999
// Perm(10): 9
// Shuffle(10): 9
// IntN + Float32: 2
