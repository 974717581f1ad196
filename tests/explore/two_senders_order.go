// Nondeterminism (not a crash): two goroutines send on one unbuffered channel, so main may receive "a" then "b" or "b" then "a"; code that assumes the order in which the goroutines were started is wrong.
package main

import "fmt"

func main() {
	results := make(chan string)

	// worker "a" is started first ...
	go func() {
		results <- "a"
	}()
	// ... but that says nothing about which send completes first
	go func() {
		results <- "b"
	}()

	// receive both results; the two receives are separate statements so
	// the order in which they happen is explicit
	first := <-results
	second := <-results

	fmt.Println(first, second)
}

// Outcome: exit 0 stdout="a b\n" stderr=""
// Outcome: exit 0 stdout="b a\n" stderr=""
// RealGo: 2000 runs; outcome 1 x0 (not seen in 2000 runs); outcome 2 x2000 (first run 1, 0.0s)
