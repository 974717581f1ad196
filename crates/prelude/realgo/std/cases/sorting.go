// sort: Slice/SliceStable/Sort/Stable correctness, searches and helpers.
package main

import (
	"fmt"
	"math"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	// Deterministic pseudo-random data.
	seed := uint32(12345)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 21, 40, 41, 100, 1000, 5000} {
		distinct := make([]int, n)
		for i := range distinct {
			distinct[i] = i*7919%n - n/2
		}
		for i := n - 1; i > 0; i-- {
			j := next(i + 1)
			distinct[i], distinct[j] = distinct[j], distinct[i]
		}
		a := append([]int(nil), distinct...)
		sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
		b := append([]int(nil), distinct...)
		sort.Ints(b)
		fmt.Println(n, sort.IntsAreSorted(a), sort.IntsAreSorted(b), fmt.Sprint(a) == fmt.Sprint(b), sort.SearchInts(b, 3), sort.SearchInts(b, 1<<40))
		// Many equal keys: stable sorts must keep the original order.
		ps := make([]person, n)
		for i := range ps {
			ps[i] = person{fmt.Sprint("p", i), next(5)}
		}
		s1 := append([]person(nil), ps...)
		sort.SliceStable(s1, func(i, j int) bool { return s1[i].age < s1[j].age })
		s2 := append([]person(nil), ps...)
		sort.Stable(byAge(s2))
		s3 := append([]person(nil), ps...)
		sort.Sort(sort.Reverse(byAge(s3)))
		fmt.Println("  ", fmt.Sprint(s1) == fmt.Sprint(s2), sort.IsSorted(byAge(s1)), sort.IsSorted(sort.Reverse(byAge(s3))),
			sort.SliceIsSorted(s1, func(i, j int) bool { return s1[i].age < s1[j].age }))
		if n <= 41 {
			fmt.Println("  ", s1)
		}
		if n <= 12 {
			// Go sorts up to 12 elements with insertion sort, so even the
			// unstable sorts give a determined order.
			s4 := append([]person(nil), ps...)
			sort.Slice(s4, func(i, j int) bool { return s4[i].age < s4[j].age })
			fmt.Println("  ", s4, s3)
		}
	}
	strs := []string{"pear", "Apple", "apple", "banana", "", "äpfel", "Zebra"}
	sort.Strings(strs)
	fmt.Printf("%q %v %d %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "b"), sort.StringSlice(strs).Search("pear"))
	fl := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN(), 2}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 1), sort.Float64Slice(fl).Search(2))
	is := sort.IntSlice{5, 2, 8, 1}
	is.Sort()
	fmt.Println(is, is.Search(5), is.Len(), sort.Search(100, func(i int) bool { return i*i >= 50 }), sort.Search(0, nil))
	i, found := sort.Find(len(is), func(k int) int { return 5 - is[k] })
	j, found2 := sort.Find(len(is), func(k int) int { return 6 - is[k] })
	fmt.Println(i, found, j, found2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()
	sort.Slice(map[int]int{}, func(i, j int) bool { return false })
}
