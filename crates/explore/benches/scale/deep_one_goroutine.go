// One goroutine, ten thousand channel operations and a recursive
// function: a long run with nothing to interleave.

package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	ch := make(chan int, 1)
	total := 0
	for i := 0; i < 5000; i++ {
		ch <- i
		total += <-ch
	}
	fmt.Println(total, fib(18))
}
