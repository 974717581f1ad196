// fmt.Errorf: %w once, several times, with indexes, and misused.
package main

import (
	"errors"
	"fmt"
)

func show(err error) {
	fmt.Printf("%T %q", err, err.Error())
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		fmt.Printf(" unwrap=%v", u.Unwrap())
	case interface{ Unwrap() []error }:
		fmt.Printf(" unwraps=%d %v", len(u.Unwrap()), u.Unwrap())
	}
	fmt.Println()
}

func main() {
	e1 := errors.New("one")
	e2 := errors.New("two")
	e3 := fmt.Errorf("three")
	show(e3)
	show(fmt.Errorf("no verbs"))
	show(fmt.Errorf("100%% sure"))
	show(fmt.Errorf("plain %d %s", 1, "x"))
	show(fmt.Errorf("wrap: %w", e1))
	show(fmt.Errorf("wrap: %v", e1))
	show(fmt.Errorf("%w + %w", e1, e2))
	show(fmt.Errorf("%w, %w and %w", e1, e2, e3))
	show(fmt.Errorf("%[2]w then %[1]w", e1, e2))
	show(fmt.Errorf("%[1]w twice %[1]w", e1))
	show(fmt.Errorf("%w %[1]w %w", e1, e2))
	show(fmt.Errorf("not an error: %w", "str"))
	show(fmt.Errorf("nil: %w", nil))
	show(fmt.Errorf("mixed %w %w", 5, e2))
	show(fmt.Errorf("missing %w"))
	show(fmt.Errorf("extra %w", e1, e2))
	show(fmt.Errorf("flags %+w %-10w|", e1, e1)) // %#w is a known difference: see natives.md
	show(fmt.Errorf("width %*d %w", 5, 3, e1))
	show(fmt.Errorf("prec %.*f %w", 2, 3.14159, e2))
	show(fmt.Errorf("bad index %[5]w %w", e1))
	show(fmt.Errorf("bad %[x]w %w", e1, e2))
	show(fmt.Errorf("%[2]*[1]d %w", 7, 4, e1))
	show(fmt.Errorf("%[3]w %[2]w %[1]w", e1, e2, e3))
	show(fmt.Errorf("trailing %"))
	show(fmt.Errorf("%!w %w", e1))
	show(fmt.Errorf("multi %w 日本 %w", e1, e2))
	wrapped := fmt.Errorf("ctx: %w", fmt.Errorf("inner: %w", e1))
	fmt.Println(errors.Is(wrapped, e1), errors.Is(fmt.Errorf("%w %w", e2, wrapped), e1), errors.Unwrap(errors.Unwrap(wrapped)) == e1)
	fmt.Println(fmt.Sprintf("sprintf %w", e1), fmt.Sprint(fmt.Errorf("%w", e1)))
}
