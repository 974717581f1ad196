// Values sent on one channel arrive in send order, both through a buffer and through a chain of receivers.
package main

import "fmt"

const N = 8

func link(ch <-chan int, want int, in <-chan bool, out chan<- bool, log chan<- string) {
	okSoFar := <-in
	got := <-ch
	log <- fmt.Sprintf("receiver %d got %d", want, got)
	out <- okSoFar && got == want
}

func main() {
	buf := make(chan int, N)
	for i := 0; i < N; i++ {
		buf <- i
	}
	inOrder := true
	for i := 0; i < N; i++ {
		if <-buf != i {
			inOrder = false
		}
	}
	fmt.Println("buffered in order:", inOrder)

	ch := make(chan int)
	log := make(chan string, N)
	start := make(chan bool)
	in := start
	for i := 0; i < N; i++ {
		out := make(chan bool)
		go link(ch, i, in, out, log)
		in = out
	}
	go func() { start <- true }()
	for i := 0; i < N; i++ {
		ch <- i
	}
	fmt.Println("chain ok:", <-in)
	for i := 0; i < N; i++ {
		fmt.Println(<-log)
	}
}

// Output:
// buffered in order: true
// chain ok: true
// receiver 0 got 0
// receiver 1 got 1
// receiver 2 got 2
// receiver 3 got 3
// receiver 4 got 4
// receiver 5 got 5
// receiver 6 got 6
// receiver 7 got 7
