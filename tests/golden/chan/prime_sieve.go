// A concurrent prime sieve: a chain of filter goroutines, one per prime found so far.
package main

import "fmt"

func numbers(out chan<- int) {
	for i := 2; ; i++ {
		out <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		n := <-in
		if n%prime != 0 {
			out <- n
		}
	}
}

func main() {
	ch := make(chan int)
	go numbers(ch)
	var primes []int
	for len(primes) < 25 {
		p := <-ch
		primes = append(primes, p)
		next := make(chan int)
		go filter(ch, next, p)
		ch = next
	}
	fmt.Println(primes)
	fmt.Println("the 25th prime is", primes[len(primes)-1])
}

// Output:
// [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97]
// the 25th prime is 97
