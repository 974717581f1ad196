// math/rand: ranges and permutations (values differ per run, so only
// their properties are printed), and the panics.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	rand.Seed(1)
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(10)
		f := rand.Float64()
		g := rand.Float32()
		ok = ok && n >= 0 && n < 10 && f >= 0 && f < 1 && g >= 0 && g < 1 && rand.Int() >= 0 && rand.Int63() >= 0 &&
			rand.Int31() >= 0 && rand.Int31n(5) < 5 && rand.Int63n(1<<40) < 1<<40
		_ = rand.Uint32()
	}
	fmt.Println("in range:", ok)
	p := rand.Perm(20)
	q := append([]int(nil), p...)
	sort.Ints(q)
	fmt.Println(len(p), q, len(rand.Perm(0)))
	s := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sort.Strings(s)
	fmt.Println(s, rand.Intn(1), rand.Int63n(1), rand.Int31n(1))
	rand.Shuffle(0, nil)
	try("Intn(0)", func() { rand.Intn(0) })
	try("Int63n(-1)", func() { rand.Int63n(-1) })
	try("Int31n(0)", func() { rand.Int31n(0) })
	try("Shuffle(-1)", func() { rand.Shuffle(-1, func(i, j int) {}) })
	try("Perm(-1)", func() { rand.Perm(-1) })
	rand.Intn(-5)
}
