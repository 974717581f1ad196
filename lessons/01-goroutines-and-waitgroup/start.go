package main

import (
	"fmt"
	"os"
	"sync/atomic"
)

// makeThumbnail stands in for real work: decode, resize, encode.
func makeThumbnail(name string) string {
	return "thumb-" + name
}

func main() {
	photos := []string{"beach.jpg", "city.jpg", "dog.jpg"}
	var made atomic.Int32

	for _, p := range photos {
		go func() {
			makeThumbnail(p)
			made.Add(1)
		}()
	}

	// Nothing here waits for the workers. Whatever has not finished
	// when main returns dies with the process.
	n := made.Load()
	fmt.Printf("made %d of %d thumbnails\n", n, len(photos))
	if int(n) != len(photos) {
		os.Exit(1)
	}
}
