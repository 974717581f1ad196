package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

// makeThumbnail stands in for real work: decode, resize, encode.
func makeThumbnail(name string) string {
	return "thumb-" + name
}

func main() {
	photos := []string{"beach.jpg", "city.jpg", "dog.jpg"}
	var made atomic.Int32
	var wg sync.WaitGroup

	for _, p := range photos {
		wg.Add(1) // count the worker before it starts, never inside it
		go func() {
			defer wg.Done() // counted even if the work returns early or panics
			makeThumbnail(p)
			made.Add(1)
		}()
	}

	wg.Wait() // reap: block until every worker has called Done
	n := made.Load()
	fmt.Printf("made %d of %d thumbnails\n", n, len(photos))
	if int(n) != len(photos) {
		os.Exit(1)
	}
}
