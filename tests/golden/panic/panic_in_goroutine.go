// A panic in any goroutine other than main crashes the whole program; main's deferred calls do not run.
package main

import "fmt"

func worker(jobs <-chan int) {
	for j := range jobs {
		if j == 3 {
			panic(fmt.Sprintf("worker cannot handle job %d", j))
		}
	}
}

func main() {
	defer fmt.Println("main's defer does not run")
	jobs := make(chan int)
	go worker(jobs)
	for j := 1; j <= 3; j++ {
		fmt.Println("submitting", j)
		jobs <- j
	}
	select {}
}

// Output:
// submitting 1
// submitting 2
// submitting 3
// Exit: 2
// Stderr: panic: worker cannot handle job 3
