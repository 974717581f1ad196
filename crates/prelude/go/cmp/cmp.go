// Package cmp is Goroutine Dojo's version of Go's cmp package: the Ordered
// constraint and the comparisons every sorting function builds on. It is
// plain Go.
//
// Floating-point NaNs get a place in the order, so that sorting a slice
// that holds them still ends: a NaN is less than every other value and
// equal to every other NaN, and -0.0 equals 0.0.
package cmp

// Ordered is every type whose values < orders: the integers, the floats
// and strings, and the types defined on them.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x sorts before y: a NaN sorts before anything that
// is not a NaN, and the rest as < says.
func Less[T Ordered](x, y T) bool {
	if isNaN(x) {
		return !isNaN(y)
	}
	return x < y
}

// Compare returns -1 if x sorts before y, +1 if after, and 0 if neither
// does (including two NaNs, and -0.0 against 0.0).
func Compare[T Ordered](x, y T) int {
	switch xn, yn := isNaN(x), isNaN(y); {
	case xn && yn:
		return 0
	case xn:
		return -1
	case yn:
		return +1
	case x < y:
		return -1
	case x > y:
		return +1
	}
	return 0
}

// isNaN is true only for a floating-point NaN, the one value that differs
// from itself; for integers and strings it is always false.
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Or returns the first of vals that is not its type's zero value, or the
// zero value if they all are (or there are none). It suits defaults:
// cmp.Or(flagValue, envValue, "fallback").
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
