// A per-request timeout with time.After lets fast requests succeed while a slow one is abandoned.
package main

import (
	"fmt"
	"time"
)

func request(id int, delay time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- fmt.Sprintf("response %d", id)
	}()
	return ch
}

func main() {
	delays := []time.Duration{5 * time.Millisecond, 200 * time.Millisecond, 10 * time.Millisecond}
	for i, d := range delays {
		select {
		case r := <-request(i, d):
			fmt.Println(r)
		case <-time.After(50 * time.Millisecond):
			fmt.Println("request", i, "timed out")
		}
	}
}

// Output:
// response 0
// request 1 timed out
// response 2
