package main

import (
	"fmt"
	"sync"
)

func main() {
	queue := make(chan string, 3) // room for three jobs
	var wg sync.WaitGroup

	wg.Add(1)
	go func() { // the worker takes jobs in the order they were queued
		defer wg.Done()
		for i := 0; i < 4; i++ {
			job := <-queue
			fmt.Println("worker:", job)
		}
	}()

	queue <- "a" // these never wait while the buffer has room
	queue <- "b"
	queue <- "c"
	fmt.Printf("main: len=%d cap=%d\n", len(queue), cap(queue))
	queue <- "d" // waits only if the buffer is full
	wg.Wait()
}
