package main

import (
	"context"
	"fmt"
)

// reportProgress would log "still working..." on a ticker; here it only
// waits for the request to end, which is the part that matters.
func reportProgress(ctx context.Context, id int) {
	<-ctx.Done()
}

func handle(parent context.Context, id int) string {
	ctx, cancel := context.WithCancel(parent)
	go reportProgress(ctx, id)

	if id%2 == 0 {
		return fmt.Sprintf("request %d: served from cache", id) // early return
	}
	// ... the slow path: query the database ...
	cancel()
	return fmt.Sprintf("request %d: served from database", id)
}

func main() {
	for id := 1; id <= 3; id++ {
		fmt.Println(handle(context.Background(), id))
	}
}
