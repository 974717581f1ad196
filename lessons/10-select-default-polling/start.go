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
			select { // a quick look: are we cancelled?
			case <-ctx.Done():
				fmt.Println("worker: stopping,", ctx.Err())
				return
			default: // not yet: carry on
			}
			job := <-jobs // then wait for work -- with no way out
			processed++
			_ = job
		}
	}()

	jobs <- "resize"
	jobs <- "upload"
	cancel() // no more jobs: tell the worker to stop
	wg.Wait()
	fmt.Println("processed", processed)
}
