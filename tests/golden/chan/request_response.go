// Channels can carry channels: each request includes a reply channel for its answer.
package main

import "fmt"

type request struct {
	a, b  int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.a * r.b
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		r := request{a: i, b: i + 1, reply: make(chan int)}
		reqs <- r
		fmt.Printf("%d*%d=%d\n", r.a, r.b, <-r.reply)
	}
	pending := make([]chan int, 3)
	for i := range pending {
		pending[i] = make(chan int, 1)
		reqs <- request{a: 10, b: i, reply: pending[i]}
	}
	for i, p := range pending {
		fmt.Println("pending", i, <-p)
	}
	close(reqs)
}

// Output:
// 1*2=2
// 2*3=6
// 3*4=12
// 4*5=20
// pending 0 0
// pending 1 10
// pending 2 20
