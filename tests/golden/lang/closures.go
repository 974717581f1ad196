// Closures capture variables by reference and keep them alive after the enclosing call returns.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	inc := func() int { n++; return n }
	reset := func() { n = 0 }
	return inc, reset
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	inc2, _ := counter()
	fmt.Println(inc2(), inc())

	x := 1
	show := func() { fmt.Println("x is", x) }
	show()
	x = 2
	show()

	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	var seq []int
	for i := 0; i < 8; i++ {
		seq = append(seq, fib())
	}
	fmt.Println(seq)
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
}

// Output:
// 1 2 3
// 1
// 1 2
// x is 1
// x is 2
// [0 1 1 2 3 5 8 13]
// 3628800
