// sort.Stable and sort.SliceStable keep equal keys in their original order, making Go's Less and Swap calls: insertion sort in blocks of 20, then in-place SymMerge.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type rec struct {
	key, id int
}

// byKey sorts records by key, counting the calls the sort makes.
type byKey struct {
	recs        []rec
	less, swaps int
}

func (b *byKey) Len() int { return len(b.recs) }

func (b *byKey) Less(i, j int) bool {
	b.less++
	return b.recs[i].key < b.recs[j].key
}

func (b *byKey) Swap(i, j int) {
	b.swaps++
	b.recs[i], b.recs[j] = b.recs[j], b.recs[i]
}

// groups prints the ids of each run of equal keys.
func groups(recs []rec) string {
	var parts []string
	var ids []string
	for i, r := range recs {
		if i > 0 && r.key != recs[i-1].key {
			parts = append(parts, strings.Join(ids, ","))
			ids = nil
		}
		ids = append(ids, fmt.Sprint(r.id))
	}
	parts = append(parts, strings.Join(ids, ","))
	return strings.Join(parts, " | ")
}

// checksum folds the original positions of the sorted records, so the
// order of many of them fits on one line.
func checksum(recs []rec) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range recs {
		h ^= uint64(r.id)
		h *= 1099511628211
	}
	return h
}

func records(n int, key func(i int) int) []rec {
	recs := make([]rec, n)
	for i := range recs {
		recs[i] = rec{key(i), i}
	}
	return recs
}

func main() {
	// 64 records with 5 distinct keys: ids stay increasing within a key.
	key := func(i int) int { return (i*7 + i/5) % 5 }
	bk := &byKey{recs: records(64, key)}
	sort.Stable(bk)
	fmt.Println("Stable:", bk.less, "less", bk.swaps, "swaps")
	fmt.Println(groups(bk.recs))
	recs := records(64, key)
	calls := 0
	sort.SliceStable(recs, func(i, j int) bool {
		calls++
		return recs[i].key < recs[j].key
	})
	fmt.Println("SliceStable:", calls, "less")
	fmt.Println(groups(recs))
	rk := &byKey{recs: records(64, key)}
	sort.Stable(sort.Reverse(rk))
	fmt.Println("Reverse:", rk.less, "less", rk.swaps, "swaps")
	fmt.Println(groups(rk.recs))

	// Lengths around the block size of 20, where merges of a single
	// element take the shortcut of a binary search.
	for _, n := range []int{1, 2, 19, 20, 21, 39, 40, 41, 61} {
		s := &byKey{recs: records(n, func(i int) int { return (n - i) % 6 })}
		sort.Stable(s)
		fmt.Printf("%d: %d less %d swaps, order %x\n", n, s.less, s.swaps, checksum(s.recs))
	}

	// Longer inputs in several patterns.
	randomKeys := make([]int, 300)
	seed := uint32(7)
	for i := range randomKeys {
		seed = seed*1664525 + 1013904223
		randomKeys[i] = int(seed>>8) % 40
	}
	patterns := []struct {
		name string
		key  func(i int) int
	}{
		{"sorted", func(i int) int { return i }},
		{"reversed", func(i int) int { return 300 - i }},
		{"all equal", func(i int) int { return 1 }},
		{"sawtooth", func(i int) int { return i % 23 }},
		{"reversed pairs", func(i int) int { return (300 - i) / 2 }},
		{"random", func(i int) int { return randomKeys[i] }},
	}
	for _, p := range patterns {
		s := &byKey{recs: records(300, p.key)}
		sort.Stable(s)
		recs := records(300, p.key)
		calls := 0
		sort.SliceStable(recs, func(i, j int) bool {
			calls++
			return recs[i].key < recs[j].key
		})
		fmt.Printf("%s: %d less %d swaps, order %x; SliceStable %d less, order %x\n",
			p.name, s.less, s.swaps, checksum(s.recs), calls, checksum(recs))
	}

	// With <= instead of <, equal keys no longer keep their order.
	le := records(45, func(i int) int { return i % 3 })
	sort.SliceStable(le, func(i, j int) bool { return le[i].key <= le[j].key })
	fmt.Println(groups(le))
}

// Output:
// Stable: 398 less 421 swaps
// 0,7,14,16,23,25,32,39,41,48,50,57 | 3,5,12,19,21,28,30,37,44,46,53,55,62 | 1,8,10,17,24,26,33,35,42,49,51,58,60 | 4,6,13,15,22,29,31,38,40,47,54,56,63 | 2,9,11,18,20,27,34,36,43,45,52,59,61
// SliceStable: 398 less
// 0,7,14,16,23,25,32,39,41,48,50,57 | 3,5,12,19,21,28,30,37,44,46,53,55,62 | 1,8,10,17,24,26,33,35,42,49,51,58,60 | 4,6,13,15,22,29,31,38,40,47,54,56,63 | 2,9,11,18,20,27,34,36,43,45,52,59,61
// Reverse: 408 less 431 swaps
// 2,9,11,18,20,27,34,36,43,45,52,59,61 | 4,6,13,15,22,29,31,38,40,47,54,56,63 | 1,8,10,17,24,26,33,35,42,49,51,58,60 | 3,5,12,19,21,28,30,37,44,46,53,55,62 | 0,7,14,16,23,25,32,39,41,48,50,57
// 1: 0 less 0 swaps, order af63bd4c8601b7df
// 2: 1 less 1 swaps, order 82f2207b4e88cc4
// 19: 95 less 78 swaps, order f3a08eb39b7de49c
// 20: 102 less 85 swaps, order bdffc8eb1e65c1c1
// 21: 103 less 96 swaps, order 80fb70b7aba2a8a5
// 39: 236 less 222 swaps, order ac77d0bd09496526
// 40: 245 less 221 swaps, order c7eafcedf9e31b23
// 41: 253 less 257 swaps, order b5ed952da9c9ee65
// 61: 420 less 419 swaps, order 80796c68058b2099
// sorted: 386 less 0 swaps, order f90bc44125dc3a99; SliceStable 386 less, order f90bc44125dc3a99
// reversed: 2971 less 3930 swaps, order 8caafeb4e9f29a79; SliceStable 2971 less, order 8caafeb4e9f29a79
// all equal: 386 less 0 swaps, order f90bc44125dc3a99; SliceStable 386 less, order f90bc44125dc3a99
// sawtooth: 2573 less 3294 swaps, order ccd686834f80e8cf; SliceStable 2573 less, order ccd686834f80e8cf
// reversed pairs: 3089 less 4457 swaps, order b95930fa6d9e238b; SliceStable 3089 less, order b95930fa6d9e238b
// random: 2995 less 3946 swaps, order 56f358f47ad3b325; SliceStable 2995 less, order 56f358f47ad3b325
// 42,39,36,33,30,27,24,21,18,15,12,9,6,3,0 | 43,40,37,34,31,28,25,22,19,16,13,10,7,4,1 | 44,41,38,35,32,29,26,23,20,17,14,11,8,5,2
