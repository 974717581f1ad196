// errors.Join combines errors, separating their messages with newlines, and Is/As search every member.
package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
	ErrC = errors.New("error C")
)

func validate(n int) error {
	var errs []error
	if n < 0 {
		errs = append(errs, ErrA)
	}
	if n%2 != 0 {
		errs = append(errs, ErrB)
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate(4) == nil)
	err := validate(-3)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrA), errors.Is(err, ErrB), errors.Is(err, ErrC))
	fmt.Printf("%q\n", err.Error())
	fmt.Println(errors.Join(nil, nil) == nil)
	one := errors.Join(nil, ErrC)
	fmt.Println(one, errors.Is(one, ErrC), errors.Unwrap(one) == nil)
	wrapped := fmt.Errorf("outer: %w", errors.Join(ErrA, ErrC))
	fmt.Println(errors.Is(wrapped, ErrC))
	fmt.Println(wrapped)
}

// Output:
// true
// error A
// error B
// true true false
// "error A\nerror B"
// true
// error C true true
// true
// outer: error A
// error C
