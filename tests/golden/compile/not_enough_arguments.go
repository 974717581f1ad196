// Calling a function with too few arguments is a compile error.
package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * id
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go worker(1, jobs)
	close(jobs)
	fmt.Println(len(results))
}

// Error: 15:15: not enough arguments in call to worker
// Error: 	have (number, chan int)
// Error: 	want (int, <-chan int, chan<- int)
