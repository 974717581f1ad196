package main

import "fmt"

// Loops left with break, a labelled break out of a select loop, and
// switches without a default: everything after them runs.
func drain(ch chan int, done chan struct{}) int {
	total := 0
loop:
	for {
		select {
		case v := <-ch:
			total += v
		case <-done:
			break loop
		}
	}
	for {
		if total > 100 {
			break
		}
		total *= 2
	}
	switch {
	case total < 0:
		return 0
	}
	return total
}

func main() {
	ch, done := make(chan int, 1), make(chan struct{})
	ch <- 3
	close(done)
	fmt.Println(drain(ch, done) >= 0)
}

// Vet: clean
