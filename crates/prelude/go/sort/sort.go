// Package sort is Goroutine Dojo's version of Go's sort package, in plain
// Go except for two natives that let Slice work on any slice.
//
// Stable sorts (Stable, SliceStable) give exactly Go's results. The
// unstable ones (Sort, Slice, Ints, Strings, Float64s) also match Go for up
// to 12 elements, where Go uses insertion sort too; for longer inputs Go
// uses pattern-defeating quicksort, which may leave EQUAL elements in a
// different order than this package, which always sorts stably.
package sort

// Interface is what Sort needs to know about a collection: its length,
// how to compare two elements and how to swap them.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in increasing order of Less.
func Sort(data Interface) {
	n := data.Len()
	if n <= 12 {
		insertionSort(data, 0, n)
		return
	}
	stable(data, n)
}

// Stable sorts data, keeping equal elements in their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// lessSwap adapts a slice and a less function to Interface.
type lessSwap struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s lessSwap) Len() int           { return s.n }
func (s lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s lessSwap) Swap(i, j int)      { sliceSwap(s.x, i, j) }

// Slice sorts the slice x using less(i, j), which compares x[i] and x[j].
// It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	Sort(lessSwap{x, sliceLen(x), less})
}

// SliceStable is Slice keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stable(lessSwap{x, n, less}, n)
}

// SliceIsSorted reports whether x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := sliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// insertionSort sorts data[a:b] by moving each element left past the
// bigger ones before it. It is stable.
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// stable sorts data[0:n] without extra memory: insertion-sort blocks of
// 20 elements, then merge neighbouring blocks in place, doubling the block
// size each round.
func stable(data Interface, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place (the
// SymMerge algorithm of Kim and Kutzner): find where the middle of the
// whole range splits both runs, rotate the two inner pieces into place,
// and merge the two halves the same way.
func symMerge(data Interface, a, m, b int) {
	// A run of one element: binary-search its place and rotate it there.
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// swapRange swaps data[a:a+n] with data[b:b+n].
func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m] by swapping
// equal-sized blocks.
func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

// Search returns the smallest i in [0, n) for which f(i) is true, or n.
// f must be false and then true: Search finds the boundary by halving.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find is Search with a three-way cmp(i) (< 0: target before element i).
// It returns the first i with cmp(i) <= 0 and whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// IntSlice sorts a []int in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice sorts a []float64 in increasing order, NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j]))
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func isNaN(f float64) bool { return f != f }

// StringSlice sorts a []string in increasing order.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts x in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts x in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether x is in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether x is in increasing order.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// SearchInts returns the index of the first element >= v in the sorted
// x, or len(x).
func SearchInts(x []int, v int) int {
	return Search(len(x), func(i int) bool { return x[i] >= v })
}

// SearchFloat64s is SearchInts for []float64.
func SearchFloat64s(x []float64, v float64) int {
	return Search(len(x), func(i int) bool { return x[i] >= v })
}

// SearchStrings is SearchInts for []string.
func SearchStrings(x []string, v string) int {
	return Search(len(x), func(i int) bool { return x[i] >= v })
}

// Reverse returns data with Less turned around, to sort in decreasing
// order: sort.Sort(sort.Reverse(data)).
func Reverse(data Interface) Interface {
	return &reverse{data}
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }
