// Panics raised inside deferred calls: a later recover ends the panics it aborted, while one recovered earlier ends only when its own deferred call returns.
package main

import "fmt"

// A deferred call recovers, then panics again; a call it deferred recovers that.
func recoverThenPanic() {
	defer func() {
		fmt.Println("recovered:", recover())
		defer func() { fmt.Println("inner:", recover()) }()
		panic("second")
	}()
	panic("first")
}

// A deferred call panics over an unrecovered panic; an earlier-deferred call recovers the new one.
func abortedByLater() {
	defer func() { fmt.Println("outer:", recover()) }()
	defer func() { panic("B") }()
	panic("A")
}

// One deferred call recovers A and panics B; the next deferred call recovers B.
func recoveredThenReplaced() {
	defer func() { fmt.Println("last:", recover()) }()
	defer func() {
		fmt.Println("got:", recover())
		panic("B")
	}()
	panic("A")
}

func afterwards() (n int) {
	defer func() {
		recover()
		n = 7
	}()
	recoverThenPanic()
	panic("third")
}

func main() {
	recoverThenPanic()
	fmt.Println("after 1")
	abortedByLater()
	fmt.Println("after 2")
	recoveredThenReplaced()
	fmt.Println("after 3")
	fmt.Println(afterwards())
	defer func() {
		defer func() { fmt.Println("deep:", recover()) }()
		panic("in defer of main")
	}()
	var m map[string]int
	m["x"] = 1
}

// Output:
// recovered: first
// inner: second
// after 1
// outer: B
// after 2
// got: A
// last: B
// after 3
// recovered: first
// inner: second
// 7
// deep: in defer of main
// Exit: 2
// Stderr: panic: assignment to entry in nil map
