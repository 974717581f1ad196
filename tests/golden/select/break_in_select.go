// break inside a select case leaves the select, not the enclosing for loop.
package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	seen := 0
	for i := 0; i < 5; i++ {
		select {
		case v := <-ch:
			if v%2 == 1 {
				break
			}
			fmt.Println("even", v)
		}
		seen++
	}
	fmt.Println("loop ran", seen, "times")
	count := 0
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				count++
				break
			}
		}
		if count == 3 {
			break
		}
	}
	fmt.Println("saw closed", count, "times")
}

// Output:
// even 0
// even 2
// even 4
// loop ran 5 times
// saw closed 3 times
