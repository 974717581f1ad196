package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan string)
	var wg sync.WaitGroup
	processed := 0 // written by the worker, read by main after wg.Wait

	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select { // wait for work or cancellation, whichever comes first
			case <-ctx.Done():
				fmt.Println("worker: stopping,", ctx.Err())
				return
			case job := <-jobs:
				processed++
				_ = job
			}
		}
	}()

	jobs <- "resize"
	jobs <- "upload"
	cancel() // no more jobs: tell the worker to stop
	wg.Wait()
	fmt.Println("processed", processed)
}
