// math/rand/v2's top-level functions, Rand over PCG and ChaCha8, and their encodings keep Go's ranges and argument-check panics (values are random, so only their properties are printed).
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func isPerm(p []int) bool {
	q := append([]int(nil), p...)
	sort.Ints(q)
	for i, v := range q {
		if v != i {
			return false
		}
	}
	return true
}

func main() {
	ok := true
	for i := 0; i < 40; i++ {
		ok = ok && rand.Int64() >= 0 && rand.Int32() >= 0 && rand.Int() >= 0
		ok = ok && rand.IntN(10) < 10 && rand.Int32N(3) < 3 && rand.Int64N(1<<40) < 1<<40
		ok = ok && rand.UintN(5) < 5 && rand.Uint32N(7) < 7 && rand.Uint64N(1<<63+9) < 1<<63+9
		f, g := rand.Float64(), rand.Float32()
		ok = ok && f >= 0 && f < 1 && g >= 0 && g < 1
		n, e := rand.NormFloat64(), rand.ExpFloat64()
		ok = ok && !math.IsNaN(n) && !math.IsInf(n, 0) && e >= 0 && !math.IsInf(e, 0)
		_, _, _ = rand.Uint32(), rand.Uint64(), rand.Uint()
	}
	fmt.Println("top level in range:", ok)
	p := rand.Perm(8)
	fmt.Println(len(p), isPerm(p), len(rand.Perm(0)))
	s := []int{0, 1, 2, 3, 4}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(isPerm(s))

	pcg := rand.NewPCG(1, 2)
	b, err := pcg.MarshalBinary()
	fmt.Println(string(b[:4]), b[4:], err)
	fmt.Println(pcg.UnmarshalBinary(b[:19]), pcg.UnmarshalBinary([]byte("pcx:0123456789abcdef")))
	fmt.Println(pcg.UnmarshalBinary(b))
	pcg.Seed(3, 4)
	b, _ = pcg.AppendBinary([]byte("state="))
	fmt.Println(string(b[:10]), b[10:])

	var seed [32]byte
	copy(seed[:], "chacha8 seed for the golden test")
	cc := rand.NewChaCha8(seed)
	b, _ = cc.MarshalBinary()
	fmt.Println(len(b), string(b[:8]), b[8:16], string(b[16:]))
	buf := make([]byte, 3)
	n, err := cc.Read(buf)
	fmt.Println(n, err)
	b, _ = cc.MarshalBinary()
	fmt.Println(len(b), string(b[:8]), b[8], string(b[14:22]), b[22:30], string(b[30:]))
	fmt.Println(cc.UnmarshalBinary(b), cc.UnmarshalBinary(b[:20]), cc.UnmarshalBinary([]byte("readbuf:\x05ab")))
	cc.Seed(seed)
	b, _ = cc.MarshalBinary()
	fmt.Println(len(b), b[8:16])
	n, _ = cc.Read(make([]byte, 21))
	fmt.Println(n, cc.Uint64() >= 0)

	var src rand.Source = rand.NewPCG(5, 6)
	r := rand.New(src)
	rc := rand.New(rand.NewChaCha8(seed))
	ok = true
	for i := 0; i < 30; i++ {
		ok = ok && r.IntN(4) < 4 && rc.Int64N(9) < 9 && r.Float64() < 1 && rc.Float32() < 1
	}
	fmt.Println("sources in range:", ok, isPerm(r.Perm(6)), isPerm(rc.Perm(6)))
	z := rand.NewZipf(r, 3, 2, 5)
	ok = true
	for i := 0; i < 20; i++ {
		ok = ok && z.Uint64() <= 5
	}
	fmt.Println("zipf:", ok, rand.NewZipf(r, 0.5, 2, 5) == nil)

	try("IntN(0)", func() { r.IntN(0) })
	try("Int32N(-1)", func() { r.Int32N(-1) })
	try("Int64N(0)", func() { rand.Int64N(0) })
	try("UintN(0)", func() { rand.UintN(0) })
	try("Uint32N(0)", func() { rand.Uint32N(0) })
	try("Uint64N(0)", func() { r.Uint64N(0) })
	try("Shuffle(-1)", func() { rand.Shuffle(-1, func(i, j int) {}) })
	try("Perm(-1)", func() { rand.Perm(-1) })
	try("nil Zipf", func() {
		var z *rand.Zipf
		z.Uint64()
	})
	rand.IntN(-1)
}

// Output:
// top level in range: true
// 8 true 0
// true
// pcg: [0 0 0 0 0 0 0 1 0 0 0 0 0 0 0 2] <nil>
// invalid PCG encoding invalid PCG encoding
// <nil>
// state=pcg: [0 0 0 0 0 0 0 3 0 0 0 0 0 0 0 4]
// 48 chacha8: [0 0 0 0 0 0 0 0] chacha8 seed for the golden test
// 3 <nil>
// 62 readbuf: 5 chacha8: [0 0 0 0 0 0 0 1] chacha8 seed for the golden test
// <nil> invalid ChaCha8 encoding invalid ChaCha8 Read buffer encoding
// 48 [0 0 0 0 0 0 0 0]
// 21 true
// sources in range: true true true
// zipf: true true
// IntN(0) -> invalid argument to IntN
// Int32N(-1) -> invalid argument to Int32N
// Int64N(0) -> invalid argument to Int64N
// UintN(0) -> invalid argument to UintN
// Uint32N(0) -> invalid argument to Uint32N
// Uint64N(0) -> invalid argument to Uint64N
// Shuffle(-1) -> invalid argument to Shuffle
// Perm(-1) -> runtime error: makeslice: len out of range
// nil Zipf -> rand: nil Zipf
// Exit: 2
// Stderr: panic: invalid argument to IntN
