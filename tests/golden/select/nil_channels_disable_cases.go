// Cases on nil channels never proceed, so a select with only nil channels and a default always takes the default.
package main

import "fmt"

func main() {
	var in chan int
	var out chan int
	for i := 0; i < 2; i++ {
		select {
		case v := <-in:
			fmt.Println("received", v)
		case out <- 1:
			fmt.Println("sent")
		default:
			fmt.Println("all cases disabled")
		}
	}
	real := make(chan int, 1)
	real <- 7
	select {
	case v := <-in:
		fmt.Println("nil received", v)
	case v := <-real:
		fmt.Println("real received", v)
	}
	queue := []int{1, 2, 3}
	sink := make(chan int, 10)
	for len(queue) > 0 {
		var sendCh chan int
		if len(queue) > 0 {
			sendCh = sink
		}
		select {
		case sendCh <- queue[0]:
			queue = queue[1:]
		}
	}
	close(sink)
	for v := range sink {
		fmt.Print(v, ";")
	}
	fmt.Println()
}

// Output:
// all cases disabled
// all cases disabled
// real received 7
// 1;2;3;
