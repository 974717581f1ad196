// Calls and returns, plain and not: recursion, deferred calls changing a named result, a result captured by a closure, several results, methods on nil receivers, and a String method that fmt calls back and that recurses.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// Every level's deferred call doubles the result on the way out.
func doubled(n int) (r int) {
	defer func() { r *= 2 }()
	if n == 0 {
		return 1
	}
	return doubled(n - 1)
}

// The result lives in a cell: the closure writes it after the return value is set.
func counted(n int) (r int) {
	bump := func() { r++ }
	if n > 0 {
		r = counted(n - 1)
	}
	bump()
	return r
}

func divmod(a, b int) (int, int) {
	if a < b {
		return 0, a
	}
	q, r := divmod(a-b, b)
	return q + 1, r
}

// An interface value passed down and returned up through 500 frames.
func depth(v any, n int) any {
	if n == 0 {
		return v
	}
	return depth(v, n-1)
}

type level int

// fmt calls String, which recurses through plain calls and returns.
func (l level) String() string {
	return fmt.Sprintf("level %d (fib %d)", int(l), fib(int(l)))
}

type tree struct {
	left, right *tree
	val         int
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.sum() + t.right.sum()
}

func build(d int) *tree {
	if d == 0 {
		return nil
	}
	return &tree{build(d - 1), build(d - 1), d}
}

func main() {
	fmt.Println(fib(25))
	fmt.Println(doubled(5))
	fmt.Println(counted(4))
	fmt.Println(divmod(47, 5))
	fmt.Println(depth("deep", 500), depth(nil, 3))
	fmt.Println(level(20))
	fmt.Println(build(10).sum())
	total := 0
	for i := range 1000 {
		total += fib(i % 12)
	}
	fmt.Println(total)
}

// Output:
// 75025
// 64
// 5
// 9 2
// deep <nil>
// level 20 (fib 6765)
// 2036
// 19260
