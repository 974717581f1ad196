// Package reflectlite is the sliver of reflection the context package
// needs: whether a dynamic type is comparable (WithValue rejects keys that
// are not) and its name (for String methods). The engine implements it.
package reflectlite

// Type describes the dynamic type of an interface value.
type Type interface {
	// Comparable reports whether values of the type can be compared with ==.
	Comparable() bool
	// String returns the type as %T prints it, e.g. "main.key" or "[]int".
	String() string
}

// TypeOf returns the dynamic type of i; it panics on a nil interface, as
// context only calls it with non-nil values.
func TypeOf(i any) Type
