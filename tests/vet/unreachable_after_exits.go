package main

import (
	"errors"
	"fmt"
)

// Statements after a return, a panic, a loop that never ends and a
// switch whose every case returns.
func first(xs []int) (int, error) {
	if len(xs) == 0 {
		return 0, errors.New("empty")
		fmt.Println("no items")
	}
	return xs[0], nil
}

func stop(done chan struct{}) {
	close(done)
	return
	fmt.Println("stopped")
}

func must(err error) {
	if err != nil {
		panic(err)
		return
	}
}

func serve(jobs chan int) {
	for {
		j := <-jobs
		if j < 0 {
			continue
		}
	}
	close(jobs)
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	default:
		return 0
	}
	return 2
}

func main() {
	go func() {
		panic("worker failed")
		fmt.Println("after panic")
	}()
	n, err := first([]int{1})
	must(err)
	fmt.Println(n, sign(n))
	_, _ = serve, stop
}

// Vet: 13:3: unreachable code
// Vet: 21:2: unreachable code
// Vet: 27:3: unreachable code
// Vet: 38:2: unreachable code
// Vet: 50:2: unreachable code
// Vet: 56:3: unreachable code
