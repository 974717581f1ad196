// A deferred closure can read and change named results after the return statement assigned them.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func tracked() (result string, err error) {
	defer func() {
		if err != nil {
			result = "failed: " + err.Error()
			err = nil
		}
	}()
	return "ok", errors.New("disk full")
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += i }()
	}
	n = 10
	return
}

func main() {
	fmt.Println(double())
	r, err := tracked()
	fmt.Println(r, err)
	fmt.Println(unnamed())
	fmt.Println(counter())
}

// Output:
// 42
// failed: disk full <nil>
// 1
// 13
