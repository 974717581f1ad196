// Direction-typed channels restrict a function to sending (chan<-) or receiving (<-chan); a bidirectional channel converts implicitly.
package main

import "fmt"

func produce(out chan<- string, words []string) {
	for _, w := range words {
		out <- w
	}
	close(out)
}

func consume(in <-chan string, done chan<- int) {
	total := 0
	for w := range in {
		fmt.Println("got", w)
		total += len(w)
	}
	done <- total
}

func main() {
	ch := make(chan string)
	done := make(chan int)
	go produce(ch, []string{"alpha", "beta", "gamma"})
	go consume(ch, done)
	fmt.Println("total", <-done)
	var send chan<- int
	var recv <-chan int
	both := make(chan int, 1)
	send, recv = both, both
	send <- 5
	fmt.Println(<-recv)
	fmt.Printf("%T %T %T\n", send, recv, both)
}

// Output:
// got alpha
// got beta
// got gamma
// total 14
// 5
// chan<- int <-chan int chan int
