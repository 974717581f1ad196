// fmt.Errorf with %w wraps an error so errors.Is and errors.Unwrap can see through it; %v does not wrap.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func load(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

func main() {
	err := load("cfg")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)
	two := fmt.Errorf("both: %w and %w", ErrNotFound, errors.New("other"))
	fmt.Println(two, errors.Is(two, ErrNotFound), errors.Unwrap(two) == nil)
	plain := fmt.Errorf("code %d", 404)
	fmt.Printf("%v|%T\n", plain, plain)
	fmt.Printf("%T\n", err)
}

// Output:
// load: find "cfg": not found
// true
// find "cfg": not found
// true
// flat: not found false true
// both: not found and other true true
// code 404|*errors.errorString
// *fmt.wrapError
