package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done(): // a closed channel stays ready: no poll can miss it
				fmt.Println("worker: stopping,", ctx.Err())
				return
			default: // not canceled yet: do a slice of work
			}
			time.Sleep(10 * time.Millisecond) // one slice of work
		}
	}()

	time.Sleep(25 * time.Millisecond)
	cancel() // lands while the worker is busy: it notices on its next poll
	wg.Wait()
	fmt.Println("main: worker reaped")
}
