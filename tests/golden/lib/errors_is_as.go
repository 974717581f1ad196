// errors.Is compares along the wrap chain; errors.As finds the first error assignable to the target type.
package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type TimeoutError struct{ Secs int }

func (e TimeoutError) Error() string { return fmt.Sprintf("timeout after %ds", e.Secs) }

var ErrPerm = errors.New("permission denied")

type wrapped struct {
	msg string
	err error
}

func (w wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

func main() {
	err := fmt.Errorf("open: %w", &PathError{"read", "/tmp/x"})
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path error:", pe.Path, pe.Op)
	}
	var te TimeoutError
	fmt.Println(errors.As(err, &te))
	err2 := wrapped{"request", TimeoutError{3}}
	fmt.Println(err2, errors.As(err2, &te), te.Secs)
	err3 := wrapped{"save", ErrPerm}
	fmt.Println(errors.Is(err3, ErrPerm), errors.Is(err3, errors.New("permission denied")))
	fmt.Println(errors.Unwrap(err3) == ErrPerm, errors.Unwrap(ErrPerm))
	fmt.Println(errors.Is(nil, ErrPerm), errors.Is(nil, nil))
	e1, e2 := errors.New("same"), errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
}

// Output:
// path error: /tmp/x read
// false
// request: timeout after 3s true 3
// true false
// true <nil>
// false true
// false true
