// Package sort is Goroutine Dojo's version of Go's sort package, in plain
// Go except for two natives that let Slice work on any slice.
//
// Which of several equal elements ends up first after Sort or Slice is
// something a program can see, and so is how often Less and Swap are
// called (a Less that counts or prints). So the unstable sorts follow, step
// for step, the pattern-defeating quicksort Go uses: the same pivot
// choices, the same partitioning swaps, the same fallbacks (insertion sort
// for short ranges, heapsort after too many lopsided partitions) and the
// same pseudo-random shuffle, seeded by the length. Stable and SliceStable
// are Go's insertion-sorted blocks merged in place, call for call. Ints,
// Float64s and Strings are slices.Sort, as in Go, which orders equal values
// (such as -0.0 and 0.0) the same way.
package sort

import (
	"math/bits"
	"slices"
)

// Interface is what Sort needs to know about a collection: its length,
// how to compare two elements and how to swap them.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// lessSwap is what the sorting algorithms below work on: a comparison and
// a swap of the elements at two indexes. Sort and Stable fill it with the
// methods of their Interface, Slice and SliceStable with the caller's less
// and a swap of the slice's elements; either way each step of the
// algorithm is exactly one call of the program's Less or Swap, as in Go.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// Sort sorts data in increasing order of Less. It is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(lessSwap{data.Less, data.Swap}, 0, n, bits.Len(uint(n)))
}

// Stable sorts data, keeping equal elements in their original order.
func Stable(data Interface) {
	n := data.Len()
	stable(lessSwap{data.Less, data.Swap}, n)
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

// swapper returns a function swapping two elements of the slice x, the
// part of Go's reflection that Slice needs.
func swapper(x any) func(i, j int) {
	return func(i, j int) { sliceSwap(x, i, j) }
}

// Slice sorts the slice x using less(i, j), which compares x[i] and x[j].
// It is not stable. It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	pdqsort(lessSwap{less, swapper(x)}, 0, n, bits.Len(uint(n)))
}

// SliceStable is Slice keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stable(lessSwap{less, swapper(x)}, n)
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
func insertionSort(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// The hint choosePivot gives about the order of the range it sampled.
const (
	hintNone       = iota
	hintIncreasing // no sample was out of order
	hintDecreasing // every sample was out of order
)

// pdqsort sorts data[a:b]. limit is how many lopsided partitions may still
// happen before the range is heapsorted instead, which bounds the time
// at n log n whatever the input.
func pdqsort(data lessSwap, a, b, limit int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			// The last split was lopsided: move a few elements so that a
			// pattern in the input does not make the next one lopsided too.
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == hintDecreasing {
			reverseRange(data, a, b)
			// The pivot moved with the reversal.
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		// A range that looks sorted may be nearly so: try fixing it with a
		// few insertion steps before partitioning.
		if balanced && partitioned && hint == hintIncreasing && partialInsertionSort(data, a, b) {
			return
		}
		// The element just before the range is not greater than anything
		// in it; if the pivot is not greater than it either, the range
		// holds many copies of its smallest value: gather the elements
		// equal to the pivot at the front and go on with the rest.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		// Recurse into the smaller side and loop on the larger, so the
		// recursion stays shallow.
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// heapSort sorts data[a:b] with a max-heap laid over it: build the heap,
// then repeatedly swap its top to the end and repair it.
func heapSort(data lessSwap, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, a, i, n)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, a, 0, i)
	}
}

// siftDown moves the heap node root down until it is not less than its
// children; the heap is data[base:base+n] and nodes count from base.
func siftDown(data lessSwap, base, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(base+child, base+child+1) {
			child++
		}
		if !data.Less(base+root, base+child) {
			return
		}
		data.Swap(base+root, base+child)
		root = child
	}
}

// partition swaps the pivot to data[a], splits the rest into the elements
// less than it and the others, puts the pivot between them and returns its
// new place. It also reports whether nothing had to be swapped, which
// hints that the range may already be sorted.
func partition(data lessSwap, a, b, pivot int) (int, bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1 // the unexamined elements are data[i..j]
	swapped := false
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
		swapped = true
	}
	data.Swap(j, a)
	return j, !swapped
}

// partitionEqual swaps the pivot to data[a] and gathers after it every
// element not greater than it (all equal to it, given what precedes the
// range). It returns where the greater elements start.
func partitionEqual(data lessSwap, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort finds at most five out-of-order neighbours in
// data[a:b] and fixes each by insertion, and reports whether the range is
// then sorted. On ranges shorter than 50 it only looks, fixing nothing.
func partialInsertionSort(data lessSwap, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		// Let the smaller of the two sink to its place and the larger
		// rise to its. (Go lets the sinking walk compare down to index 1,
		// not a+1, which can cost one more Less; so does this.)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps the three middle elements of data[a:b] with others
// picked by an xorshift generator seeded with the length, so the shuffle
// is the same on every run (and the same as Go's).
func breakPatterns(data lessSwap, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint(1)<<bits.Len(uint(n)) - 1
	mid := a + n/4*2
	for idx := mid - 1; idx <= mid+1; idx++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		other := int(uint(state) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks a pivot for data[a:b] without moving anything: the
// element at the middle for short ranges, the median of three spread-out
// elements from 8 on, and from 50 on the median of three such medians
// (each of three neighbours). The comparisons that found a pair out of
// order are counted: none suggests the range is increasing, all twelve
// that it is decreasing.
func choosePivot(data lessSwap, a, b int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintNone
}

// median returns which of the indexes x, y, z holds the median value,
// counting in *swaps the pairs it found out of order.
func median(data lessSwap, x, y, z int, swaps *int) int {
	x, y = order2(data, x, y, swaps)
	y, z = order2(data, y, z, swaps)
	_, y = order2(data, x, y, swaps)
	return y
}

// order2 returns indexes x and y ordered by their elements (y first only
// if its element is less), counting a swap in *swaps.
func order2(data lessSwap, x, y int, swaps *int) (int, int) {
	if data.Less(y, x) {
		*swaps++
		return y, x
	}
	return x, y
}

func reverseRange(data lessSwap, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// stable sorts data[0:n] without extra memory: insertion-sort blocks of
// 20 elements, then merge neighbouring blocks in place, doubling the block
// size each round.
func stable(data lessSwap, n int) {
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
func symMerge(data lessSwap, a, m, b int) {
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
func swapRange(data lessSwap, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m] by swapping
// equal-sized blocks.
func rotate(data lessSwap, a, m, b int) {
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

// Ints sorts x in increasing order. Like Go's, it is slices.Sort.
func Ints(x []int) { slices.Sort(x) }

// Float64s sorts x in increasing order, NaNs first. Like Go's, it is
// slices.Sort, so equal values such as -0.0 and 0.0 end where Go puts
// them.
func Float64s(x []float64) { slices.Sort(x) }

// Strings sorts x in increasing order. Like Go's, it is slices.Sort.
func Strings(x []string) { slices.Sort(x) }

// IntsAreSorted reports whether x is in increasing order.
func IntsAreSorted(x []int) bool { return slices.IsSorted(x) }

// Float64sAreSorted reports whether x is in increasing order.
func Float64sAreSorted(x []float64) bool { return slices.IsSorted(x) }

// StringsAreSorted reports whether x is in increasing order.
func StringsAreSorted(x []string) bool { return slices.IsSorted(x) }

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
