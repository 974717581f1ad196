// Sorting, searching sorted slices, and Min/Max.
//
// Sort and SortFunc are not stable, and which of several equal elements
// ends up first is something a program can see. So they follow, step for
// step, the pattern-defeating quicksort Go uses (Orson Peters' pdqsort, as
// Go adapted it): the same pivot choices, the same partitioning swaps, the
// same fallbacks, and the same fixed pseudo-random shuffle, seeded by the
// length. Equal elements therefore end up in exactly Go's order. Both
// sorts share one implementation over a less function: Sort's is
// cmp.Less, SortFunc's is cmp(a, b) < 0, the comparisons Go makes.

package slices

import "cmp"

// Sort sorts x in increasing order; floating-point NaNs come first.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	pdqsort(x, 0, len(x), bitLen(len(x)), cmp.Less[E])
}

// SortFunc sorts x in the order cmp gives: cmp(a, b) is negative when a
// comes before b, positive when after, zero when either order will do.
// cmp must be a strict weak ordering. Equal elements may be reordered.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	pdqsort(x, 0, len(x), bitLen(len(x)), func(a, b E) bool { return cmp(a, b) < 0 })
}

// SortStableFunc is SortFunc keeping equal elements in their original
// order. It uses no extra memory (insertion sort, then in-place merging).
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stableSort(x, func(a, b E) bool { return cmp(a, b) < 0 })
}

// IsSorted reports whether x is in increasing order (as Sort orders it).
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is in the order cmp gives.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// Min returns the smallest element of x, as the built-in min picks it: a
// NaN anywhere makes the result NaN. It panics if x is empty.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) == 0 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		m = min(m, v)
	}
	return m
}

// MinFunc returns the first of the smallest elements by cmp. It panics if
// x is empty.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) == 0 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) < 0 {
			m = v
		}
	}
	return m
}

// Max returns the largest element of x, as the built-in max picks it: a
// NaN anywhere makes the result NaN. It panics if x is empty.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) == 0 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		m = max(m, v)
	}
	return m
}

// MaxFunc returns the first of the largest elements by cmp. It panics if
// x is empty.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) == 0 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) > 0 {
			m = v
		}
	}
	return m
}

// BinarySearch looks for target in the sorted x by halving. It returns
// where target is, or where it would be inserted to keep x sorted, and
// whether it is there. With several equal elements it finds the first.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	i := lowerBound(len(x), func(h int) bool { return cmp.Less(x[h], target) })
	found := i < len(x) && (x[i] == target || (isNaN(x[i]) && isNaN(target)))
	return i, found
}

// BinarySearchFunc is BinarySearch on a slice sorted by cmp, where
// cmp(e, target) tells whether element e comes before (<0), at (0) or
// after (>0) target; target's type may differ from the elements'.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	i := lowerBound(len(x), func(h int) bool { return cmp(x[h], target) < 0 })
	return i, i < len(x) && cmp(x[i], target) == 0
}

// lowerBound returns the first i in [0, n) for which before(i) is false,
// or n; before must be true and then false along the range.
func lowerBound(n int, before func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if before(h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

func isNaN[E cmp.Ordered](x E) bool {
	return x != x
}

// bitLen is the number of bits needed to write n (0 for 0): pdqsort's
// budget of bad partitions before it falls back to heapsort.
func bitLen(n int) int {
	b := 0
	for u := uint(n); u != 0; u >>= 1 {
		b++
	}
	return b
}

// The hint choosePivot gives about the order of the range it sampled.
const (
	hintNone       = iota
	hintIncreasing // no sample was out of order
	hintDecreasing // every sample was out of order
)

// pdqsort sorts data[a:b]. limit is how many unbalanced partitions may
// still happen before the range is heapsorted instead.
func pdqsort[E any](data []E, a, b, limit int, less func(a, b E) bool) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b, less)
			return
		}
		if limit == 0 {
			heapSort(data, a, b, less)
			return
		}
		if !balanced {
			// The last split was lopsided: shuffle a few elements so an
			// adversarial pattern does not repeat it.
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b, less)
		if hint == hintDecreasing {
			reverseRange(data, a, b)
			// The pivot moved with the reversal.
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		// A range that looks sorted may be nearly so: try fixing it with a
		// few insertion steps before partitioning.
		if balanced && partitioned && hint == hintIncreasing && partialInsertionSort(data, a, b, less) {
			return
		}
		// If the pivot equals the element just before the range (which is
		// not greater than anything in it), the range has many equal
		// elements: put those equal to the pivot first and skip them.
		if a > 0 && !less(data[a-1], data[pivot]) {
			a = partitionEqual(data, a, b, pivot, less)
			continue
		}
		mid, already := partition(data, a, b, pivot, less)
		partitioned = already
		// Recurse into the smaller side, loop on the larger.
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit, less)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit, less)
			b = mid
		}
	}
}

// insertionSort sorts data[a:b] by moving each element down past the
// greater ones before it. It is stable.
func insertionSort[E any](data []E, a, b int, less func(a, b E) bool) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && less(data[j], data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// heapSort sorts data[a:b] with a max-heap laid over it.
func heapSort[E any](data []E, a, b int, less func(a, b E) bool) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, a, i, n, less)
	}
	for i := n - 1; i >= 0; i-- {
		data[a], data[a+i] = data[a+i], data[a]
		siftDown(data, a, 0, i, less)
	}
}

// siftDown moves the heap node root down until it is not less than its
// children; the heap is data[base:base+n] and nodes count from base.
func siftDown[E any](data []E, base, root, n int, less func(a, b E) bool) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && less(data[base+child], data[base+child+1]) {
			child++
		}
		if !less(data[base+root], data[base+child]) {
			return
		}
		data[base+root], data[base+child] = data[base+child], data[base+root]
		root = child
	}
}

// partition moves data[pivot] to data[a], splits the rest into those less
// than it and the others, puts the pivot between them and returns its new
// place. It also reports whether nothing had to be swapped.
func partition[E any](data []E, a, b, pivot int, less func(a, b E) bool) (int, bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1 // the unexamined elements are data[i..j]
	swapped := false
	for {
		for i <= j && less(data[i], data[a]) {
			i++
		}
		for i <= j && !less(data[j], data[a]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
		swapped = true
	}
	data[j], data[a] = data[a], data[j]
	return j, !swapped
}

// partitionEqual moves data[pivot] to data[a] and gathers after it every
// element not greater than it (all equal to it, given what precedes the
// range). It returns where the greater elements start.
func partitionEqual[E any](data []E, a, b, pivot int, less func(a, b E) bool) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !less(data[a], data[i]) {
			i++
		}
		for i <= j && less(data[a], data[j]) {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

// partialInsertionSort finds at most five out-of-order neighbours in
// data[a:b] and fixes each by insertion, and reports whether the range is
// then sorted. On ranges shorter than 50 it only looks, fixing nothing.
func partialInsertionSort[E any](data []E, a, b int, less func(a, b E) bool) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !less(data[i], data[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		// Let the smaller of the two sink to its place, and the larger
		// rise to its. (Go lets the first walk go down to index 1, not
		// a+1; so does this, so that the result is the same.)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && less(data[j], data[j-1]); j-- {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && less(data[j], data[j-1]); j++ {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// breakPatterns swaps the three middle elements of data[a:b] with others
// picked by an xorshift generator seeded with the length, so the shuffle
// is the same on every run.
func breakPatterns[E any](data []E, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint(1)<<bitLen(n) - 1
	mid := a + n/4*2
	for idx := mid - 1; idx <= mid+1; idx++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		other := int(uint(state) & mask)
		if other >= n {
			other -= n
		}
		data[idx], data[a+other] = data[a+other], data[idx]
	}
}

// choosePivot picks a pivot for data[a:b] without moving anything: the
// element at the middle for short ranges, the median of three spread-out
// elements from 8 on, and from 50 on the median of three such medians
// (each of three neighbours). The comparisons that found a pair out of
// order are counted: none suggests the range is increasing, all twelve
// that it is decreasing.
func choosePivot[E any](data []E, a, b int, less func(a, b E) bool) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median(data, i-1, i, i+1, &swaps, less)
			j = median(data, j-1, j, j+1, &swaps, less)
			k = median(data, k-1, k, k+1, &swaps, less)
		}
		j = median(data, i, j, k, &swaps, less)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintNone
}

// median returns which of the positions x, y, z holds the median value,
// counting in *swaps the pairs it found out of order.
func median[E any](data []E, x, y, z int, swaps *int, less func(a, b E) bool) int {
	x, y = order2(data, x, y, swaps, less)
	y, z = order2(data, y, z, swaps, less)
	_, y = order2(data, x, y, swaps, less)
	return y
}

// order2 returns positions x and y ordered by their values (y first only
// if its value is less), counting a swap in *swaps.
func order2[E any](data []E, x, y int, swaps *int, less func(a, b E) bool) (int, int) {
	if less(data[y], data[x]) {
		*swaps++
		return y, x
	}
	return x, y
}

func reverseRange[E any](data []E, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}

// stableSort sorts data stably in place: insertion-sort blocks of 20, then
// merge neighbouring blocks, doubling the block size each round.
func stableSort[E any](data []E, less func(a, b E) bool) {
	n := len(data)
	block := 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSort(data, a, a+block, less)
	}
	insertionSort(data, a, n, less)
	for ; block < n; block *= 2 {
		a = 0
		for ; a+2*block <= n; a += 2 * block {
			symMerge(data, a, a+block, a+2*block, less)
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n, less)
		}
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place, by
// Kim and Kutzner's SymMerge: find where the middle of the whole range
// cuts both runs, rotate the two inner pieces past each other, and merge
// the two halves the same way.
func symMerge[E any](data []E, a, m, b int, less func(a, b E) bool) {
	if m-a == 1 {
		// One element on the left: find its place in the right run (after
		// the elements less than it) and rotate it there.
		i := m + lowerBound(b-m, func(h int) bool { return less(data[m+h], data[a]) })
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		// One element on the right: its place is after every element of
		// the left run not greater than it.
		i := a + lowerBound(m-a, func(h int) bool { return !less(data[m], data[a+h]) })
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var lo, hi int
	if m > mid {
		lo, hi = n-b, mid
	} else {
		lo, hi = a, m
	}
	p := n - 1
	for lo < hi {
		c := int(uint(lo+hi) >> 1)
		if !less(data[p-c], data[c]) {
			lo = c + 1
		} else {
			hi = c
		}
	}
	start, end := lo, n-lo
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid, less)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b, less)
	}
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m] by swapping
// blocks of equal size.
func rotate[E any](data []E, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapBlocks(data, m-i, m, j)
			i -= j
		} else {
			swapBlocks(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapBlocks(data, m-i, m, i)
}

// swapBlocks swaps data[x:x+n] with data[y:y+n].
func swapBlocks[E any](data []E, x, y, n int) {
	for k := 0; k < n; k++ {
		data[x+k], data[y+k] = data[y+k], data[x+k]
	}
}
