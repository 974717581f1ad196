// errors: Is, As, Unwrap and Join with custom Is/As/Unwrap methods.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return "code " + strconv.Itoa(e.code) }

// Is matches any codeErr with the same code, or code 0 as a wildcard.
func (e codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t.code == e.code || t.code == 0)
}

type wrapper struct {
	msg string
	err error
}

func (w *wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

type multi struct{ errs []error }

func (m multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m multi) Unwrap() []error { return m.errs }

// sliceErr is not comparable: == on two of them would panic.
type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint([]string(s)) }

type asAny struct{}

func (asAny) Error() string { return "asAny" }
func (asAny) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = codeErr{99}
		return true
	}
	return false
}

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

func main() {
	base := errors.New("base")
	other := errors.New("base")
	w1 := &wrapper{"w1", base}
	w2 := &wrapper{"w2", w1}
	fmt.Println(base, w2, errors.Unwrap(w2) == w1, errors.Unwrap(errors.Unwrap(w2)) == base, errors.Unwrap(base))
	fmt.Println(errors.Is(w2, base), errors.Is(w2, other), errors.Is(w2, w1), errors.Is(nil, nil), errors.Is(nil, base), errors.Is(base, nil))
	fmt.Println(errors.Is(codeErr{7}, codeErr{7}), errors.Is(codeErr{7}, codeErr{0}), errors.Is(codeErr{7}, codeErr{8}),
		errors.Is(&wrapper{"x", codeErr{3}}, codeErr{0}))
	s := sliceErr{"a"}
	fmt.Println(errors.Is(s, s), errors.Is(&wrapper{"x", s}, base), errors.Is(base, s))
	j := errors.Join(nil, base, nil, codeErr{5}, w2)
	fmt.Printf("%v|%q|%T\n", j, j.Error(), j)
	fmt.Println(errors.Join(), errors.Join(nil, nil) == nil, errors.Join(base).Error(), errors.Unwrap(j))
	fmt.Println(errors.Is(j, codeErr{5}), errors.Is(j, base), errors.Is(j, other), errors.Is(j, codeErr{6}))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[0] == base)
	}
	nested := errors.Join(errors.Join(other, codeErr{1}), multi{[]error{nil, &wrapper{"deep", base}}})
	fmt.Printf("%q %v %v\n", nested.Error(), errors.Is(nested, base), errors.Is(nested, codeErr{1}))
	var ce codeErr
	fmt.Println(errors.As(&wrapper{"x", codeErr{42}}, &ce), ce)
	var wp *wrapper
	fmt.Println(errors.As(w2, &wp), wp.msg, errors.As(base, &wp), wp.msg)
	var tmp temporary
	fmt.Println(errors.As(&wrapper{"t", tempErr{}}, &tmp), tmp)
	var anyErr error
	fmt.Println(errors.As(base, &anyErr), anyErr == base)
	var ce2 codeErr
	fmt.Println(errors.As(asAny{}, &ce2), ce2, errors.As(nil, &ce2))
	var ce3 codeErr
	fmt.Println(errors.As(multi{[]error{nil, base, codeErr{77}}}, &ce3), ce3)
	var pe *fs.PathError
	fmt.Println(errors.As(w2, &pe), pe == nil)
	for _, target := range []any{nil, ce, (*codeErr)(nil), new(int), new(string), &ce, new(fmt.Stringer)} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(errors.As(base, target))
		}()
	}
	fmt.Println(errors.ErrUnsupported, errors.Is(fmt.Errorf("x: %w", errors.ErrUnsupported), errors.ErrUnsupported))
	fmt.Printf("%T %T %v %+v\n", base, w2, base, base)
	errors.As(base, 7)
}
