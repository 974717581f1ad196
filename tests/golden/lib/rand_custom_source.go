// math/rand over a program's own Source: every method derives its value from the Source exactly as Go does.
package main

import (
	"fmt"
	"math/rand"
)

// lcg is a deterministic Source: a 64-bit linear congruential generator.
type lcg struct{ x uint64 }

func (g *lcg) next() uint64 {
	g.x = g.x*6364136223846793005 + 1442695040888963407
	return g.x
}

func (g *lcg) Int63() int64    { return int64(g.next() >> 1) }
func (g *lcg) Seed(seed int64) { g.x = uint64(seed) }

// lcg64 also implements Source64.
type lcg64 struct{ lcg }

func (g *lcg64) Uint64() uint64 { return g.next() }

// counting counts the Int63 calls made to it.
type counting struct {
	lcg
	calls int
}

func (c *counting) Int63() int64 {
	c.calls++
	return c.lcg.Int63()
}

func main() {
	r := rand.New(&lcg{x: 1})
	fmt.Println(r.Int63(), r.Uint32(), r.Int31(), r.Int())
	fmt.Println(r.Uint64(), r.Uint64())
	fmt.Println(r.Int63n(1000), r.Int63n(1<<20), r.Int63n(1<<62+3))
	fmt.Println(r.Int31n(7), r.Int31n(64), r.Int31n(1<<30+1))
	fmt.Println(r.Intn(10), r.Intn(1<<31), r.Intn(1<<40))
	var dice []int
	for i := 0; i < 8; i++ {
		dice = append(dice, r.Intn(6))
	}
	fmt.Println(dice)
	fmt.Println(r.Float64(), r.Float32(), r.Float64())
	fmt.Println(r.Perm(12))
	fmt.Println(r.Perm(1), r.Perm(0))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)

	// Read takes seven bytes from each Int63 and keeps the rest for the next call.
	b := make([]byte, 5)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	n, err = r.Read(b)
	fmt.Println(n, err, b)
	r.Seed(42) // drops the kept bytes
	n, _ = r.Read(b[:3])
	fmt.Println(n, b[:3])

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

	// A Source64 gives Uint64 in one call.
	r64 := rand.New(&lcg64{lcg{x: 7}})
	fmt.Println(r64.Uint64(), r64.Int63())

	// Draws per call, as in Go.
	c := &counting{lcg: lcg{x: 3}}
	rc := rand.New(c)
	rc.Perm(10)
	fmt.Println("Perm(10):", c.calls)
	c.calls = 0
	rc.Shuffle(10, func(i, j int) {})
	fmt.Println("Shuffle(10):", c.calls)
	c.calls = 0
	rc.Uint64()
	fmt.Println("Uint64 without Source64:", c.calls)
	c.calls = 0
	rc.Read(make([]byte, 15))
	fmt.Println("Read(15 bytes):", c.calls)
}

// Output:
// 3903415632367878206 2187888307 1392341196 3531291489949297634
// 8149325372377429684 13430809293310833972
// 522 141841 2924264561809364227
// 1 12 911684890
// 5 2135825903 229736944810
// [1 1 2 0 3 2 0 2]
// 0.9647566461334507 0.88791174 0.28321547795941926
// [5 6 11 2 7 9 0 8 10 1 3 4]
// [0] []
// [f d g c a b e]
// 5 <nil> [191 109 84 56 170]
// 5 <nil> [99 180 58 204 39]
// 3 [88 47 247]
// 0.525481144978 0.904297147943
// -1.123227389195 1.568751969775
// 0.051539850744 0.052495694307
// 0.389342829257 0.768179870789
// 532.004406570
// [3 3 3 28 0 31 3 2 0 2 4 1]
// 9098160460397411210 8814403463280858952
// Perm(10): 10
// Shuffle(10): 9
// Uint64 without Source64: 2
// Read(15 bytes): 3
