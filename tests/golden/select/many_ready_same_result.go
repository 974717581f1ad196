// When several cases are ready select picks one at random, but every value is still received exactly once.
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := make(chan int, 5)
	b := make(chan int, 5)
	for i := 0; i < 5; i++ {
		a <- i
		b <- 100 + i
	}
	var got []int
	for len(got) < 10 {
		select {
		case v := <-a:
			got = append(got, v)
		case v := <-b:
			got = append(got, v)
		}
	}
	sort.Ints(got)
	fmt.Println(got)
	x := make(chan bool, 1)
	y := make(chan bool, 1)
	x <- true
	y <- true
	first := ""
	select {
	case <-x:
		first = "one"
	case <-y:
		first = "one"
	}
	fmt.Println("picked", first, "case; remaining", len(x)+len(y))
}

// Output:
// [0 1 2 3 4 100 101 102 103 104]
// picked one case; remaining 1
