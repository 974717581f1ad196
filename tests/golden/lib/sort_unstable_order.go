// sort.Sort, sort.Slice and sort.Float64s are Go's pattern-defeating quicksort: equal keys end in Go's order after the same Less and Swap calls, also where it shuffles or falls back to heapsort.
package main

import (
	"fmt"
	"math"
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
// order of 200 of them fits on one line.
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
	// 64 records with 5 distinct keys, through sort.Slice and sort.Sort.
	mk := func() []rec { return records(64, func(i int) int { return (i*7 + i/5) % 5 }) }
	recs := mk()
	calls := 0
	sort.Slice(recs, func(i, j int) bool {
		calls++
		return recs[i].key < recs[j].key
	})
	fmt.Println("Slice:", calls, "less")
	fmt.Println(groups(recs))
	bk := &byKey{recs: mk()}
	sort.Sort(bk)
	fmt.Println("Sort:", bk.less, "less", bk.swaps, "swaps")
	fmt.Println(sort.IsSorted(bk), bk.less)
	fmt.Println(groups(bk.recs))
	rk := &byKey{recs: mk()}
	sort.Sort(sort.Reverse(rk))
	fmt.Println("Reverse:", rk.less, "less", rk.swaps, "swaps")
	fmt.Println(groups(rk.recs))

	// Short inputs are insertion-sorted: 12 and 13 elements.
	for _, n := range []int{12, 13} {
		s := &byKey{recs: records(n, func(i int) int { return (n - i) % 4 })}
		sort.Sort(s)
		fmt.Println(n, "elements:", s.less, "less", s.swaps, "swaps:", groups(s.recs))
	}

	// 200 records in patterns that lead pdqsort down its different paths:
	// sorted runs, reversed runs, many equal keys, unbalanced partitions.
	randomKeys := make([]int, 200)
	seed := uint32(1)
	for i := range randomKeys {
		seed = seed*1664525 + 1013904223
		randomKeys[i] = int(seed>>8) % 50
	}
	patterns := []struct {
		name string
		key  func(i int) int
	}{
		{"sorted", func(i int) int { return i }},
		{"reversed", func(i int) int { return 200 - i }},
		{"all equal", func(i int) int { return 7 }},
		{"three keys", func(i int) int { return i % 3 }},
		{"sawtooth", func(i int) int { return i % 17 }},
		{"organ pipe", func(i int) int { return min(i, 200-i) }},
		{"nearly sorted", func(i int) int {
			if i%37 == 5 {
				return i + 40
			}
			return i
		}},
		{"reversed pairs", func(i int) int { return (200 - i) / 2 }},
		{"random", func(i int) int { return randomKeys[i] }},
	}
	for _, p := range patterns {
		s := &byKey{recs: records(200, p.key)}
		sort.Sort(s)
		fmt.Printf("%s: %d less %d swaps, order %x\n", p.name, s.less, s.swaps, checksum(s.recs))
		ints := make([]int, 200)
		for i := range ints {
			ints[i] = p.key(i)
		}
		recs := records(200, p.key)
		calls := 0
		sort.Slice(recs, func(i, j int) bool {
			calls++
			return recs[i].key < recs[j].key
		})
		sort.Ints(ints)
		fmt.Printf("  Slice %d less, order %x; Ints sorted %v\n", calls, checksum(recs), sort.IntsAreSorted(ints))
	}

	// This permutation of 0..49 (found by search) makes partitions so
	// lopsided that pdqsort gives up and heapsorts part of it.
	hard := []int{7, 46, 20, 45, 25, 4, 42, 44, 23, 3, 17, 30, 48, 0, 28, 5, 49,
		24, 26, 9, 38, 29, 11, 6, 39, 8, 34, 22, 41, 13, 40, 19, 15, 16, 18, 2,
		35, 1, 36, 27, 21, 14, 10, 12, 37, 32, 47, 33, 43, 31}
	hs := &byKey{recs: records(len(hard), func(i int) int { return hard[i] })}
	sort.Sort(hs)
	hi := append([]int(nil), hard...)
	sort.Ints(hi)
	fmt.Printf("hard: %d less %d swaps, order %x, Ints sorted %v\n", hs.less, hs.swaps, checksum(hs.recs), sort.IntsAreSorted(hi))

	// A less written with <= is not a strict order: on equal keys it
	// answers true both ways, which also drives pdqsort to heapsort.
	for _, n := range []int{50, 200} {
		recs := records(n, func(i int) int { return i % 3 })
		calls := 0
		sort.Slice(recs, func(i, j int) bool {
			calls++
			return recs[i].key <= recs[j].key
		})
		fmt.Printf("<= on %d: %d less, order %x\n", n, calls, checksum(recs))
	}

	// Float64s orders -0 and +0 as equal, so where each ends up shows the
	// algorithm; NaNs come first.
	fs := make([]float64, 90)
	for i := range fs {
		switch i % 6 {
		case 0:
			fs[i] = math.Copysign(0, -1)
		case 1, 4:
			fs[i] = 0
		case 2:
			fs[i] = math.NaN()
		default:
			fs[i] = float64(i % 5)
		}
	}
	sort.Float64s(fs)
	var signs strings.Builder
	for _, f := range fs {
		switch {
		case math.IsNaN(f):
			signs.WriteByte('N')
		case f == 0 && math.Signbit(f):
			signs.WriteByte('-')
		case f == 0:
			signs.WriteByte('+')
		default:
			signs.WriteByte('x')
		}
	}
	fmt.Println(signs.String(), sort.Float64sAreSorted(fs))
	strs := strings.Fields("pear fig apple kiwi fig banana apple cherry date elderberry grape lemon mango fig")
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs))
}

// Output:
// Slice: 229 less
// 41,23,57,32,0,16,25,7,50,48,39,14 | 53,12,44,46,5,37,55,19,3,21,30,62,28 | 33,42,1,24,60,58,26,51,8,49,35,10,17 | 6,15,40,13,38,63,29,22,56,47,4,54,31 | 20,52,18,34,9,36,2,45,59,11,61,27,43
// Sort: 229 less 46 swaps
// true 292
// 41,23,57,32,0,16,25,7,50,48,39,14 | 53,12,44,46,5,37,55,19,3,21,30,62,28 | 33,42,1,24,60,58,26,51,8,49,35,10,17 | 6,15,40,13,38,63,29,22,56,47,4,54,31 | 20,52,18,34,9,36,2,45,59,11,61,27,43
// Reverse: 231 less 46 swaps
// 27,34,2,61,36,59,45,20,18,9,52,11,43 | 6,13,15,47,40,54,38,56,4,22,63,31,29 | 33,17,1,60,58,24,8,10,51,35,26,49,42 | 21,30,28,19,62,44,3,46,12,5,37,55,53 | 0,23,32,50,7,57,39,48,25,14,16,41
// 12 elements: 38 less 27 swaps: 0,4,8 | 3,7,11 | 2,6,10 | 1,5,9
// 13 elements: 35 less 16 swaps: 1,5,9 | 8,12,0,4 | 3,7,11 | 6,10,2
// sorted: 211 less 0 swaps, order 43cfa8023695d3bd
//   Slice 211 less, order 43cfa8023695d3bd; Ints sorted true
// reversed: 211 less 100 swaps, order 816c8d99fa876835
//   Slice 211 less, order 816c8d99fa876835; Ints sorted true
// all equal: 211 less 0 swaps, order 43cfa8023695d3bd
//   Slice 211 less, order 43cfa8023695d3bd; Ints sorted true
// three keys: 589 less 83 swaps, order bb6982a7dacc0851
//   Slice 589 less, order bb6982a7dacc0851; Ints sorted true
// sawtooth: 1296 less 230 swaps, order 1c6f09d16a51869b
//   Slice 1296 less, order 1c6f09d16a51869b; Ints sorted true
// organ pipe: 1420 less 545 swaps, order 1d37e69ac3c4f19d
//   Slice 1420 less, order 1d37e69ac3c4f19d; Ints sorted true
// nearly sorted: 934 less 203 swaps, order 17704c0fe8d11aa5
//   Slice 934 less, order 17704c0fe8d11aa5; Ints sorted true
// reversed pairs: 970 less 287 swaps, order fe503df293faf5c7
//   Slice 970 less, order fe503df293faf5c7; Ints sorted true
// random: 1470 less 422 swaps, order 80807d520a13902b
//   Slice 1470 less, order 80807d520a13902b; Ints sorted true
// hard: 427 less 123 swaps, order 3f5fc22261306006, Ints sorted true
// <= on 50: 515 less, order 4484c8b531aa7d6e
// <= on 200: 4334 less, order 1d0081dc33fc1169
// NNNNNNNNNNNNNNN-++-+++++-++-++-+-+++-+-+-+-+++++-++++--+++++-+-+++xxxxxxxxxxxxxxxxxxxxxxxx true
// [apple apple banana cherry date elderberry fig fig fig grape kiwi lemon mango pear] true
