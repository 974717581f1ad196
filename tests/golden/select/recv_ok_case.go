// The v, ok := <-ch form in a select case reports whether the value came from a send or from close.
package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() {
		ch <- "hello"
		ch <- ""
		close(ch)
	}()
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("closed")
				break loop
			}
			fmt.Printf("value %q ok=%v\n", v, ok)
		}
	}
	var x int
	var ok bool
	nums := make(chan int, 1)
	nums <- 9
	select {
	case x, ok = <-nums:
	}
	fmt.Println(x, ok)
	close(nums)
	select {
	case x, ok = <-nums:
	}
	fmt.Println(x, ok)
	var arr [2]int
	flags := make(chan int, 1)
	flags <- 4
	select {
	case arr[1] = <-flags:
	}
	fmt.Println(arr)
}

// Output:
// value "hello" ok=true
// value "" ok=true
// closed
// 9 true
// 0 false
// [0 4]
