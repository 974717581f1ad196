package main

import "fmt"

type config struct{ retries int }

func main() {
	c := config{retries: 3}
	n := 2
	n = n
	c.retries = c.retries
	fmt.Println(n, c)
}

// Vet: 10:2: self-assignment of n
// Vet: 11:2: self-assignment of c.retries
