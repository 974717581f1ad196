// A generic fan-in: one goroutine per input channel, and one that closes
// the output once they are all done.
package main

import (
	"fmt"
	"sync"
)

func merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func generate[T any](vs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, v := range vs {
			c <- v
		}
	}()
	return c
}

func main() {
	total, count := 0, 0
	for v := range merge(generate(1, 2, 3), generate(10, 20)) {
		total += v
		count++
	}
	fmt.Println(total, count)
	words := 0
	for w := range merge(generate("a", "b")) {
		words += len(w)
	}
	fmt.Println(words)
}

// Output:
// 36 5
// 2
