// An interface holding a nil *T is not equal to nil because it carries a type.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T\n", err)
	err = correct(false)
	fmt.Println(err == nil, err)
	var iface any = (*int)(nil)
	fmt.Println(iface == nil, iface == (*int)(nil))
	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), target.msg)
}

// Output:
// false nil MyErr
// *main.MyErr
// true <nil>
// false true
// true failed
