// Package slices is Goroutine Dojo's version of Go's slices package: the
// generic functions on slices of any element type, in plain Go (those
// that take or return iterators are in iter.go).
//
// Where Go's functions allocate, these allocate the same way (append of
// the same lengths onto the same capacities), so the len and cap of every
// result are those a Go program sees. Functions that shorten a slice in
// place zero the elements left past its new end, as Go's do, so that a
// program still holding the longer slice sees the same values.
package slices

import "cmp"

// Equal reports whether s1 and s2 have the same length and equal elements
// in the same order. A nil slice equals an empty one; NaNs are never
// equal.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v := range s1 {
		if v != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with eq deciding whether two elements, which may be
// of different types, are equal. It stops at the first pair eq rejects.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v := range s1 {
		if !eq(v, s2[i]) {
			return false
		}
	}
	return true
}

// Compare orders s1 and s2 element by element with cmp.Compare: the first
// pair that differs decides, and if one slice is a prefix of the other the
// shorter one comes first. It returns -1, 0 or +1.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v := range s1 {
		if i == len(s2) {
			return +1
		}
		if c := cmp.Compare(v, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is Compare with f comparing the elements; it returns the
// first non-zero f gives.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, f func(E1, E2) int) int {
	for i, v := range s1 {
		if i == len(s2) {
			return +1
		}
		if c := f(v, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the position of the first element equal to v, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i, e := range s {
		if e == v {
			return i
		}
	}
	return -1
}

// IndexFunc returns the position of the first element f accepts, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i, e := range s {
		if f(e) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is an element of s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) != -1
}

// ContainsFunc reports whether f accepts some element of s.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) != -1
}

// Insert puts the values v before s[i] (at the end if i == len(s)) and
// returns the longer slice. It panics if i is not in [0, len(s)]. When s
// has room it is extended in place, moving s[i:] up; otherwise the result
// is new, grown as append grows. v may be part of s itself: the values
// inserted are those v held before the call.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // the index check, with Go's message
	m, n := len(v), len(s)
	if m == 0 {
		return s
	}
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		// Grow the way append would from s[:i], then fill in.
		r := append(s[:i], make(S, n+m-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
		return r
	}
	s = s[:n+m]
	if shares(v, s) {
		// Moving s[i:] up could overwrite what v shows.
		v = append([]E(nil), v...)
	}
	copy(s[i+m:], s[i:n])
	copy(s[i:], v)
	return s
}

// Delete removes s[i:j] and returns the shorter slice, with the elements
// left past its end zeroed. It panics if s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // the index check, with Go's message
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes every element del accepts, keeping the others in
// order, and zeroes the elements left past the new end.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	k := IndexFunc(s, del)
	if k < 0 {
		return s
	}
	for _, e := range s[k+1:] {
		if !del(e) {
			s[k] = e
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// Replace puts the values v in place of s[i:j] and returns the result. It
// panics if s[i:j] is not a valid slice of s. It works in place when s has
// the capacity; elements left past a shorter result are zeroed. v may be
// part of s itself.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // the index check, with Go's message
	if i == j {
		return Insert(s, i, v...)
	}
	if j == len(s) {
		r := append(s[:i], v...)
		if len(r) < len(s) {
			clear(s[len(r):])
		}
		return r
	}
	total := i + len(v) + len(s) - j
	if total > cap(s) {
		r := append(s[:i], make(S, total-i)...)
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		return r
	}
	r := s[:total]
	if i+len(v) <= j {
		// The result is no longer than s: v only writes over s[i:j], so
		// the tail moves down afterwards untouched.
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		clear(s[total:])
		return r
	}
	if shares(v, r) {
		v = append([]E(nil), v...)
	}
	copy(r[i+len(v):], s[j:])
	copy(r[i:], v)
	return r
}

// shares reports whether a and b have an element in common, that is, lie
// over the same part of one array. Two such ranges overlap exactly when
// one starts inside the other.
func shares[E any](a, b []E) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for i := range b {
		if &b[i] == &a[0] {
			return true
		}
	}
	for i := range a {
		if &a[i] == &b[0] {
			return true
		}
	}
	return false
}

// Clone returns a copy of s in a new array, as append makes it (nil stays
// nil; an empty s gives an empty non-nil slice).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

// Compact replaces each run of equal elements by its first and returns the
// shorter slice, zeroing the elements left past its end.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

// CompactFunc is Compact with eq deciding equality. eq is asked about
// neighbours in the original slice (s[k-1], s[k]), so a run is whatever eq
// chains together.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	for k < len(s) && !eq(s[k], s[k-1]) {
		k++
	}
	if k == len(s) {
		return s
	}
	// s[k] is the first duplicate: from here on keep each element that
	// differs from the one before it in the original order.
	rest := s[k:]
	for p := 1; p < len(rest); p++ {
		if !eq(rest[p], rest[p-1]) {
			s[k] = rest[p]
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// Grow makes sure n more elements can be appended to s without another
// allocation, and returns s, reallocated if it had to be (as append grows
// it). It panics if n is negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if more := n - (cap(s) - len(s)); more > 0 {
		s = append(s[:cap(s)], make([]E, more)...)[:len(s)]
	}
	return s
}

// Clip returns s with its capacity cut down to its length.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse turns the order of s's elements around, in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns the slices joined into one new slice, allocated once with
// room for them all. With nothing to join it returns nil.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	r := Grow[S](nil, size)
	for _, s := range slices {
		r = append(r, s...)
	}
	return r
}

// Repeat returns count copies of x one after the other, in a new slice of
// exactly that length. It panics if count is negative or the length does
// not fit in an int.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if count > 0 && len(x) > maxInt/count {
		panic("the result of (len(x) * count) overflows")
	}
	r := make(S, len(x)*count)
	// Copy x once, then double what is there until r is full.
	n := copy(r, x)
	for n < len(r) {
		n += copy(r[n:], r[:n])
	}
	return r
}
