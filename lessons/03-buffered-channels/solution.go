package main

import (
	"fmt"
	"sync"
)

func main() {
	queue := make(chan string, 3) // room for three jobs
	var wg sync.WaitGroup

	queue <- "a" // nobody receives yet: the buffer simply fills up
	queue <- "b"
	queue <- "c"
	// only main has touched queue so far, so len is exact, not a snapshot
	fmt.Printf("main: len=%d cap=%d\n", len(queue), cap(queue))

	wg.Add(1)
	go func() { // the worker takes jobs in the order they were queued
		defer wg.Done()
		for i := 0; i < 4; i++ {
			job := <-queue
			fmt.Println("worker:", job)
		}
	}()

	queue <- "d" // the buffer is full: waits until the worker takes "a"
	wg.Wait()
}
