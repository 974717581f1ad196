package main

import (
	"fmt"
	"sync"
)

// Two crawlers feed links to one indexer. The indexer only needs the
// first five links of a run; after that it tells the crawlers to stop.
func main() {
	links := make(chan string)
	// Fix: the receiver owns a separate "done" channel and closes that.
	// links is never closed by the receiver, so no sender can hit a closed channel.
	done := make(chan struct{})

	var wg sync.WaitGroup
	for c := 1; c <= 2; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for page := 1; page <= 3; page++ {
				select {
				case links <- fmt.Sprintf("crawler-%d/page-%d", c, page):
				case <-done:
					return
				}
			}
		}()
	}

	indexed := 0
	for range links {
		indexed++
		if indexed == 5 {
			close(done)
			break
		}
	}

	wg.Wait()
	fmt.Println("indexed", indexed, "links")
}
