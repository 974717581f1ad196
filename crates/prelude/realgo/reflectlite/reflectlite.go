// Package reflectlite stands in, for real Go, for the tiny native
// internal/reflectlite that the Goroutine Dojo engine provides to the
// prelude's context.go: TypeOf plus a Type with Comparable and String.
// check.sh rewrites context.go's import of "internal/reflectlite" to this.
package reflectlite

import "reflect"

// Type is the part of reflect.Type that context.go needs.
type Type interface {
	Comparable() bool
	String() string
}

// TypeOf returns the dynamic type of i, or nil for a nil interface.
func TypeOf(i any) Type {
	t := reflect.TypeOf(i)
	if t == nil {
		return nil
	}
	return t
}
