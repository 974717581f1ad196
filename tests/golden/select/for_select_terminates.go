// A for-select loop ends by returning or by breaking out of a labelled loop; a plain break only leaves the select.
package main

import "fmt"

func drain(ch <-chan int) int {
	sum := 0
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return sum
			}
			sum += v
		}
	}
}

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			ch <- i
		}
		close(ch)
	}()
	fmt.Println("sum", drain(ch))

	done := make(chan bool)
	ticks := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ticks <- i
		}
		close(done)
	}()
	iterations := 0
loop:
	for {
		iterations++
		select {
		case t := <-ticks:
			fmt.Println("tick", t)
			if t == 1 {
				break
			}
		case <-done:
			break loop
		}
	}
	fmt.Println("iterations", iterations)
}

// Output:
// sum 55
// tick 0
// tick 1
// tick 2
// iterations 4
