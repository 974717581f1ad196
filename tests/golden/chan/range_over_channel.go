// range over a channel receives until the channel is closed and drained.
package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func squares(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	for v := range squares(generate(5)) {
		fmt.Println(v)
	}
	buf := make(chan string, 3)
	buf <- "x"
	buf <- "y"
	close(buf)
	count := 0
	for s := range buf {
		count++
		fmt.Println(count, s)
	}
	empty := make(chan int)
	close(empty)
	for range empty {
		fmt.Println("never")
	}
	fmt.Println("done")
}

// Output:
// 1
// 4
// 9
// 16
// 25
// 1 x
// 2 y
// done
