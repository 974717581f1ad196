// Deferred calls run last-in first-out and their arguments are evaluated when the defer statement runs.
package main

import "fmt"

func value(name string, v int) int {
	fmt.Println("evaluating", name)
	return v
}

func show(label string, v int) { fmt.Println("deferred", label, v) }

func run() {
	x := 1
	defer show("first", value("a", x))
	x = 2
	defer show("second", value("b", x))
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("end of run body")
}

type res struct{ name string }

func (r res) Close() { fmt.Println("close", r.name) }

func main() {
	run()
	r := res{"one"}
	defer r.Close()
	r.name = "two"
	defer r.Close()
	fmt.Println("main done")
}

// Output:
// evaluating a
// evaluating b
// end of run body
// loop defer 2
// loop defer 1
// loop defer 0
// closure sees x = 3
// deferred second 2
// deferred first 1
// main done
// close two
// close one
