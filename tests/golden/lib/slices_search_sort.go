// slices sorts like Go's pdqsort (equal keys of an unstable SortFunc end in Go's exact order), searches sorted slices and compares slices.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type job struct {
	prio int
	id   int
}

type names []string

func main() {
	// 60 jobs with only 4 distinct priorities: SortFunc is not stable, so
	// the order of ids within a priority shows the algorithm's choices.
	var jobs []job
	for i := 0; i < 60; i++ {
		jobs = append(jobs, job{(i*7 + i/9) % 4, i})
	}
	byPrio := func(a, b job) int { return cmp.Compare(a.prio, b.prio) }
	unstable := slices.Clone(jobs)
	slices.SortFunc(unstable, byPrio)
	fmt.Println(unstable)
	stable := slices.Clone(jobs)
	slices.SortStableFunc(stable, byPrio)
	fmt.Println(stable)
	fmt.Println(slices.IsSortedFunc(unstable, byPrio), slices.IsSortedFunc(jobs, byPrio))

	// Descending input of 100 keys with repeats, through both sorts.
	desc := make([]job, 100)
	for i := range desc {
		desc[i] = job{(100 - i) / 3, i}
	}
	slices.SortFunc(desc, byPrio)
	fmt.Println(desc[:12], desc[88:])

	// Sort on ordered element types, NaNs first.
	ints := []int{42, -7, 0, 19, 3, 3, 88, -7, 5, 61, 12, 0, 27, 9}
	slices.Sort(ints)
	fmt.Println(ints, slices.IsSorted(ints))
	floats := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.NaN(), math.Inf(-1)}
	slices.Sort(floats)
	fmt.Println(floats, slices.IsSorted(floats))
	ns := names{"pear", "Fig", "apple", "kiwi", "banana"}
	slices.Sort(ns)
	fmt.Println(ns)
	slices.SortFunc(ns, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(ns)
	slices.SortFunc(ns, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b)) })
	fmt.Println(ns)

	// BinarySearch finds the first of equal elements, or the insertion point.
	sorted := []int{1, 3, 3, 3, 7, 9, 12}
	for _, t := range []int{3, 7, 0, 8, 13} {
		i, found := slices.BinarySearch(sorted, t)
		fmt.Print(" ", t, ":", i, found)
	}
	fmt.Println()
	fmt.Println(slices.BinarySearch(floats, math.NaN()))
	fmt.Println(slices.BinarySearch([]string{}, "x"))
	i, found := slices.BinarySearchFunc(stable, 2, func(j job, p int) int { return cmp.Compare(j.prio, p) })
	fmt.Println(i, found, stable[i])
	i, found = slices.BinarySearchFunc(stable, 9, func(j job, p int) int { return cmp.Compare(j.prio, p) })
	fmt.Println(i, found)

	// Min and Max, and their Func forms (which keep the first of equals).
	fmt.Println(slices.Min(ints), slices.Max(ints), slices.Min([]string{"b", "a", "c"}))
	fmt.Println(slices.Min([]float64{3, math.NaN(), 1}), slices.Max([]float64{3, 1}))
	fmt.Println(slices.MinFunc(jobs, byPrio), slices.MaxFunc(jobs, byPrio))

	// Equal, Compare, Index, Contains.
	a, b := []int{1, 2, 3}, []int{1, 2, 4}
	fmt.Println(slices.Equal(a, b), slices.Equal(a, a[:3]), slices.Equal([]int(nil), []int{}))
	fmt.Println(slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}))
	fmt.Println(slices.Compare(a, b), slices.Compare(b, a), slices.Compare(a, a[:2]), slices.Compare(a[:2], a), slices.Compare(a, a))
	fmt.Println(slices.Compare([]float64{math.NaN()}, []float64{-1}))
	fmt.Println(slices.EqualFunc(a, []string{"1", "2", "3"}, func(x int, s string) bool { return fmt.Sprint(x) == s }))
	fmt.Println(slices.CompareFunc(a, []float64{1, 2.5}, func(x int, f float64) int { return cmp.Compare(float64(x), f) }))
	fmt.Println(slices.Index(ints, 3), slices.Index(ints, 100), slices.Contains(ns, "kiwi"), slices.Contains(ns, "plum"))
	fmt.Println(slices.IndexFunc(ints, func(x int) bool { return x > 20 }), slices.ContainsFunc(ns, func(s string) bool { return len(s) > 6 }))
}

// Output:
// [{0 22} {0 58} {0 54} {0 53} {0 4} {0 49} {0 45} {0 44} {0 8} {0 9} {0 40} {0 36} {0 35} {0 13} {0 31} {0 0} {0 27} {0 17} {0 18} {0 26} {1 30} {1 48} {1 57} {1 3} {1 52} {1 25} {1 21} {1 16} {1 7} {1 43} {1 39} {1 12} {1 34} {2 6} {2 24} {2 56} {2 11} {2 2} {2 38} {2 15} {2 33} {2 51} {2 42} {2 29} {2 47} {2 20} {3 55} {3 1} {3 19} {3 5} {3 50} {3 32} {3 37} {3 23} {3 28} {3 10} {3 14} {3 46} {3 41} {3 59}]
// [{0 0} {0 4} {0 8} {0 9} {0 13} {0 17} {0 18} {0 22} {0 26} {0 27} {0 31} {0 35} {0 36} {0 40} {0 44} {0 45} {0 49} {0 53} {0 54} {0 58} {1 3} {1 7} {1 12} {1 16} {1 21} {1 25} {1 30} {1 34} {1 39} {1 43} {1 48} {1 52} {1 57} {2 2} {2 6} {2 11} {2 15} {2 20} {2 24} {2 29} {2 33} {2 38} {2 42} {2 47} {2 51} {2 56} {3 1} {3 5} {3 10} {3 14} {3 19} {3 23} {3 28} {3 32} {3 37} {3 41} {3 46} {3 50} {3 55} {3 59}]
// true false
// [{0 99} {0 98} {1 97} {1 96} {1 95} {2 92} {2 94} {2 93} {3 90} {3 91} {3 89} {4 88}] [{29 12} {30 8} {30 10} {30 9} {31 7} {31 6} {31 5} {32 4} {32 3} {32 2} {33 0} {33 1}]
// [-7 -7 0 0 3 3 5 9 12 19 27 42 61 88] true
// [NaN NaN -Inf -1 0 2.5 +Inf] true
// [Fig apple banana kiwi pear]
// [apple banana Fig kiwi pear]
// [Fig kiwi pear apple banana]
//  3:1 true 7:4 true 0:0 false 8:5 false 13:7 false
// 0 true
// 0 false
// 33 true {2 2}
// 60 false
// -7 88 a
// NaN 3
// {0 0} {3 1}
// false true true
// false
// -1 1 1 -1 0
// -1
// true
// -1
// 4 -1 true false
// 10 false
