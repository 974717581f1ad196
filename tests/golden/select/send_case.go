// A send case proceeds when the channel can accept the value; a select may mix send and receive cases.
package main

import "fmt"

func main() {
	out := make(chan int, 1)
	select {
	case out <- 5:
		fmt.Println("sent 5")
	default:
		fmt.Println("buffer full")
	}
	select {
	case out <- 6:
		fmt.Println("sent 6")
	default:
		fmt.Println("buffer full")
	}
	fmt.Println(<-out)

	results := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			fmt.Println("consumer got", <-results)
		}
		quit <- true
	}()
	next := 1
	for {
		select {
		case results <- next:
			next *= 3
		case <-quit:
			fmt.Println("producer stopped at", next)
			return
		}
	}
}

// Output:
// sent 5
// buffer full
// 5
// consumer got 1
// consumer got 3
// consumer got 9
// consumer got 27
// producer stopped at 81
