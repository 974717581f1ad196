// errors.AsType[E] finds the first error in the tree assignable to E (through Unwrap, joined errors and As methods) and returns it typed.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type notFound struct{ name string }

func (e *notFound) Error() string { return e.name + " not found" }

type code int

func (c code) Error() string { return "code " + strconv.Itoa(int(c)) }

type temporary interface {
	error
	Temporary() bool
}

type timeout struct{}

func (timeout) Error() string   { return "timeout" }
func (timeout) Temporary() bool { return true }

// legacy pretends to be a *notFound through its As method.
type legacy struct{ msg string }

func (l legacy) Error() string { return "legacy: " + l.msg }
func (l legacy) As(target any) bool {
	if p, ok := target.(**notFound); ok {
		*p = &notFound{"legacy " + l.msg}
		return true
	}
	return false
}

func main() {
	base := &notFound{"config.yaml"}
	wrapped := fmt.Errorf("load: %w", fmt.Errorf("open: %w", base))

	nf, ok := errors.AsType[*notFound](wrapped)
	fmt.Println(ok, nf == base, nf.name)

	c, ok := errors.AsType[code](wrapped)
	fmt.Println(ok, c)

	joined := errors.Join(errors.New("first"), code(404), fmt.Errorf("x: %w", code(500)))
	c, ok = errors.AsType[code](joined)
	fmt.Println(ok, c, int(c))

	t, ok := errors.AsType[temporary](fmt.Errorf("rpc: %w", timeout{}))
	fmt.Println(ok, t, t.Temporary())
	_, ok = errors.AsType[temporary](wrapped)
	fmt.Println(ok)

	// The As method is asked, with a fresh *E.
	nf, ok = errors.AsType[*notFound](fmt.Errorf("old: %w", legacy{"db"}))
	fmt.Println(ok, nf)
	_, ok = errors.AsType[code](legacy{"db"})
	fmt.Println(ok)

	// Nil and no match give E's zero value.
	nf, ok = errors.AsType[*notFound](nil)
	fmt.Println(ok, nf == nil)
	c, ok = errors.AsType[code](errors.New("plain"))
	fmt.Println(ok, c == 0)

	// Depth first through joined trees: the nested code(1) comes first.
	tree := errors.Join(errors.Join(errors.New("a"), code(1)), code(2))
	c, _ = errors.AsType[code](tree)
	fmt.Println(c)

	// Any interface works as E, error itself included.
	e, ok := errors.AsType[error](wrapped)
	fmt.Println(ok, e == wrapped)
	_, err := strconv.Atoi("nope")
	ne, ok := errors.AsType[*strconv.NumError](err)
	fmt.Println(ok, ne.Func, ne.Num, ne.Err)

	// The same search with As, for comparison.
	var target *notFound
	fmt.Println(errors.As(wrapped, &target), target == nf, target == base)
	ne, ok = errors.AsType[*strconv.NumError](wrapped)
	fmt.Println(ok, ne == nil)
}

// Output:
// true true config.yaml
// false code 0
// true code 404 404
// true timeout true
// false
// true legacy db not found
// false
// false true
// false true
// code 1
// true true
// true Atoi nope invalid syntax
// true false true
// false true
