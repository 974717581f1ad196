package main

import (
	"fmt"
	"sync"
)

// Two crawlers feed links to one indexer. The indexer only needs the
// first five links of a run; after that it tells the crawlers to stop.
func main() {
	links := make(chan string)

	var wg sync.WaitGroup
	for c := 1; c <= 2; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for page := 1; page <= 3; page++ {
				links <- fmt.Sprintf("crawler-%d/page-%d", c, page)
			}
		}()
	}

	indexed := 0
	for range links {
		indexed++
		if indexed == 5 {
			close(links)
			break
		}
	}

	wg.Wait()
	fmt.Println("indexed", indexed, "links")
}
