// Loops over functions (Go 1.23 iterators): continue, break, return from
// inside the body (also from nested loops and with named results), loop
// variables captured per iteration, assignment to outer variables, and an
// iterator that ignores the body's stop.
package main

import "fmt"

type Seq[V any] func(yield func(V) bool)
type Seq2[K, V any] func(yield func(K, V) bool)

func Count(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(xs []string) Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func find(xs []string, want string) (int, bool) {
	for i, x := range Pairs(xs) {
		if x == want {
			return i, true
		}
	}
	return -1, false
}

func firstOver(n int) (r int) {
	r = -1
	for i := range Count(100) {
		if i*i > n {
			r = i
			return
		}
	}
	return
}

func nested() string {
	for i := range Count(3) {
		for j := range Count(3) {
			if i*j == 2 {
				return fmt.Sprint(i, j)
			}
		}
	}
	return "none"
}

func main() {
	sum := 0
	for i := range Count(5) {
		if i == 1 {
			continue
		}
		if i == 4 {
			break
		}
		sum += i
	}
	fmt.Println(sum)
	fmt.Println(find([]string{"a", "b", "c"}, "b"))
	fmt.Println(find([]string{"a"}, "z"))
	fmt.Println(firstOver(50))
	fmt.Println(nested())
	var funcs []func() int
	for i := range Count(3) {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	k := 0
	for k = range Count(4) {
	}
	fmt.Println(k)
	n := 0
	for range Count(7) {
		n++
	}
	fmt.Println(n)
	bad := func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
	for x := range bad {
		fmt.Println("got", x)
		break
	}
}

// Output:
// 5
// 1 true
// -1 false
// 8
// 1 2
// 0 10 20 
// 3
// 7
// got 1
// Exit: 2
// Stderr: panic: runtime error: range function continued iteration after function for loop body returned false
