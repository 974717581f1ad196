// recover returns the panic value inside a deferred call and nil otherwise; a recovered function returns normally.
package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func notDeferred() {
	fmt.Println("recover outside panic:", recover())
}

func rethrow() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer got ", recover())
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint(r, " again"))
		}()
		panic("first")
	}()
	return "unreachable"
}

func main() {
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() { panic(errors.New("an error value")) }))
	fmt.Println(safe(func() { var a []int; _ = a[3] }))
	fmt.Println(safe(func() {}))
	notDeferred()
	fmt.Println(rethrow())
	fmt.Println("main continues")
}

// Output:
// recovered: boom
// recovered: an error value
// recovered: runtime error: index out of range [3] with length 0
// <nil>
// recover outside panic: <nil>
// outer got first again
// main continues
