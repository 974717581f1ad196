// Functions are values: they can be stored, passed, returned and compared to nil.
package main

import "fmt"

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func add(a, b int) int { return a + b }

func makeMul(k int) func(int) int {
	return func(x int) int { return x * k }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	fmt.Println(apply(add, 3, 4))
	fmt.Println(apply(func(a, b int) int { return a - b }, 3, 4))
	ops := map[string]BinOp{"add": add, "mul": func(a, b int) int { return a * b }}
	fmt.Println(ops["add"](5, 6), ops["mul"](5, 6))
	double := makeMul(2)
	triple := makeMul(3)
	both := compose(double, triple)
	fmt.Println(double(5), triple(5), both(5))
	var f func(int) int
	fmt.Println(f == nil)
	f = double
	fmt.Println(f != nil, f(21))
	fns := []func() string{
		func() string { return "first" },
		func() string { return "second" },
	}
	for i, fn := range fns {
		fmt.Println(i, fn())
	}
}

// Output:
// 7
// -1
// 11 30
// 10 15 30
// true
// true 42
// 0 first
// 1 second
