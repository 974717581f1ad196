// An unbuffered send completes only when a receiver takes the value, so writes before the send are visible after the receive.
package main

import "fmt"

func main() {
	ch := make(chan int)
	var shared string
	go func() {
		shared = "written before send"
		ch <- 42
	}()
	v := <-ch
	fmt.Println(v, shared)

	ping, pong := make(chan string), make(chan string)
	go func() {
		for msg := range ping {
			pong <- msg + "-pong"
		}
		close(pong)
	}()
	for _, m := range []string{"a", "b", "c"} {
		ping <- m
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)
	fmt.Println(len(ch), cap(ch))
}

// Output:
// 42 written before send
// a-pong
// b-pong
// c-pong
// pong closed: true
// 0 0
