// Package reflectlite is the sliver of reflection the context package
// needs: whether a dynamic type is comparable (WithValue rejects keys that
// are not) and its name (for String methods).
package reflectlite

// Type describes the dynamic type of an interface value.
type Type interface {
	// Comparable reports whether values of the type can be compared with ==.
	Comparable() bool
	// String returns the type as %T prints it, e.g. "main.key" or "[]int".
	String() string
}

// rtype is the engine's Type: the two facts, read once.
type rtype struct {
	name       string
	comparable bool
}

func (t rtype) Comparable() bool { return t.comparable }

func (t rtype) String() string { return t.name }

// TypeOf returns the dynamic type of i.
func TypeOf(i any) Type {
	return rtype{typeString(i), typeComparable(i)}
}
