// math/rand's Rand, Source and top-level functions keep Go's ranges, types and argument-check panics (values are random, so only their properties are printed).
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"time"
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
	src := rand.NewSource(time.Now().UnixNano())
	_, is64 := src.(rand.Source64)
	fmt.Println("Source64:", is64, src.Int63() >= 0)
	src.Seed(7)

	r := rand.New(src)
	r.Seed(99)
	ok := true
	for i := 0; i < 50; i++ {
		ok = ok && r.Int63() >= 0 && r.Int31() >= 0 && r.Int() >= 0
		ok = ok && r.Intn(10) < 10 && r.Int31n(3) < 3 && r.Int63n(1<<40) < 1<<40 && r.Intn(1) == 0
		f, g := r.Float64(), r.Float32()
		ok = ok && f >= 0 && f < 1 && g >= 0 && g < 1
		n, e := r.NormFloat64(), r.ExpFloat64()
		ok = ok && !math.IsNaN(n) && !math.IsInf(n, 0) && e >= 0 && !math.IsInf(e, 0)
		_, _ = r.Uint32(), r.Uint64()
	}
	fmt.Println("in range:", ok)

	p := r.Perm(9)
	fmt.Println(len(p), isPerm(p), len(r.Perm(0)))
	s := []int{0, 1, 2, 3, 4, 5}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(isPerm(s))
	r.Shuffle(0, nil)
	r.Shuffle(1, nil)

	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Println(n, err)
	n, err = rand.Read(b[:3])
	fmt.Println(n, err)

	ok = true
	for i := 0; i < 50; i++ {
		ok = ok && !math.IsNaN(rand.NormFloat64()) && rand.ExpFloat64() >= 0
		_ = rand.Uint64()
	}
	fmt.Println("top level:", ok)

	z := rand.NewZipf(r, 2, 1, 9)
	ok = true
	for i := 0; i < 30; i++ {
		ok = ok && z.Uint64() <= 9
	}
	fmt.Println("zipf:", ok)
	fmt.Println(rand.NewZipf(r, 1, 1, 9) == nil, rand.NewZipf(r, 2, 0.5, 9) == nil)
	fmt.Printf("%T %T %T\n", r, z, r.Uint64())

	try("Intn(0)", func() { r.Intn(0) })
	try("Int31n(-1)", func() { r.Int31n(-1) })
	try("Int63n(0)", func() { r.Int63n(0) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("Perm(-1)", func() { r.Perm(-1) })
	try("nil Zipf", func() {
		var z *rand.Zipf
		z.Uint64()
	})
	try("zero Rand", func() {
		var zero rand.Rand
		zero.Int63()
	})
	r.Intn(-3)
}

// Output:
// Source64: true true
// in range: true
// 9 true 0
// true
// 10 <nil>
// 3 <nil>
// top level: true
// zipf: true
// true true
// *rand.Rand *rand.Zipf uint64
// Intn(0) -> invalid argument to Intn
// Int31n(-1) -> invalid argument to Int31n
// Int63n(0) -> invalid argument to Int63n
// Shuffle(-1) -> invalid argument to Shuffle
// Perm(-1) -> runtime error: makeslice: len out of range
// nil Zipf -> rand: nil Zipf
// zero Rand -> runtime error: invalid memory address or nil pointer dereference
// Exit: 2
// Stderr: panic: invalid argument to Intn
