// Package errors is Goroutine Dojo's version of Go's errors package: New,
// Is, As, AsType, Unwrap and Join. It is plain Go except for the two reflection
// helpers of As, which live in natives.go.
package errors

import "internal/reflectlite"

// New returns an error whose Error() is text. Every call makes a new
// pointer, so two errors with the same text are still different errors.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// ErrUnsupported says that an operation cannot be done.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the error that err wraps, through its Unwrap() error
// method, or nil. It does not look at Unwrap() []error (see Join).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether err, or any error it wraps, matches target. An error
// matches if it is == target or if it has a method Is(error) bool that says
// so. Wrapped errors are searched depth first.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	// == on two interfaces panics if they hold the same non-comparable type,
	// so only compare when target's type can be compared at all.
	isComparable := reflectlite.TypeOf(target).Comparable()
	return is(err, target, isComparable)
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that can be stored in *target,
// stores it there and returns true. target must be a non-nil pointer to an
// interface type or to a type that implements error. An error may also
// claim a match with a method As(any) bool.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch checkAsTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// AsType finds the first error in err's tree whose dynamic type is E, or
// that is assignable to E if E is an interface, and returns it with true;
// otherwise it returns E's zero value and false. It is As without the
// target pointer, so E is checked when the program compiles rather than
// when it runs. An error with a method As(any) bool is asked too: it gets
// a non-nil *E and says whether it filled it in.
func AsType[E error](err error) (E, bool) {
	if err == nil {
		var zero E
		return zero, false
	}
	// The *E handed to As methods is made at the first one met and then
	// shared by the whole search.
	var target *E
	return asType(err, &target)
}

func asType[E error](err error, target **E) (E, bool) {
	for {
		if e, ok := err.(E); ok {
			return e, true
		}
		if x, ok := err.(interface{ As(any) bool }); ok {
			if *target == nil {
				*target = new(E)
			}
			if x.As(*target) {
				return **target, true
			}
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				var zero E
				return zero, false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if e, ok := asType(err, target); ok {
					return e, true
				}
			}
			var zero E
			return zero, false
		default:
			var zero E
			return zero, false
		}
	}
}

// Join wraps several errors into one, skipping nils; it returns nil if
// every err is nil. Its Error() puts each message on its own line, and
// Is and As look into every joined error.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	s := e.errs[0].Error()
	for _, err := range e.errs[1:] {
		s += "\n" + err.Error()
	}
	return s
}

func (e *joinError) Unwrap() []error { return e.errs }
