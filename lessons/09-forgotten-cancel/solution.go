package main

import (
	"context"
	"fmt"
	"sync"
)

// reportProgress would log "still working..." on a ticker; here it only
// waits for the request to end, which is the part that matters.
func reportProgress(ctx context.Context, id int) {
	<-ctx.Done()
}

func handle(parent context.Context, id int, wg *sync.WaitGroup) string {
	ctx, cancel := context.WithCancel(parent)
	defer cancel() // every return path, panics included, ends ctx

	wg.Add(1)
	go func() {
		defer wg.Done()
		reportProgress(ctx, id)
	}()

	if id%2 == 0 {
		return fmt.Sprintf("request %d: served from cache", id)
	}
	// ... the slow path: query the database ...
	return fmt.Sprintf("request %d: served from database", id)
}

func main() {
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		fmt.Println(handle(context.Background(), id, &wg))
	}
	wg.Wait() // reap the reporters: each was released by its cancel
}
