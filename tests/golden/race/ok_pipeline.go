// Ownership passed through channels: each stage writes only what it received, so nothing races.
package main

import "fmt"

type job struct {
	id     int
	result int
}

func main() {
	jobs := make(chan *job)
	done := make(chan *job)
	go func() {
		for j := range jobs {
			j.result = j.id * 10
			done <- j
		}
		close(done)
	}()
	go func() {
		for i := 1; i <= 3; i++ {
			jobs <- &job{id: i}
		}
		close(jobs)
	}()
	sum := 0
	for j := range done {
		sum += j.result
	}
	fmt.Println(sum)
}

// Output:
// 60
