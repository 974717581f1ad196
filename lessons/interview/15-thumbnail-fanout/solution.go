//dojo:synctest
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// resizer stands in for the image service, which serves at most
// maxConns requests at once and answers 429 to the rest.
type resizer struct {
	mu       sync.Mutex
	inFlight int
}

const maxConns = 2

func (r *resizer) thumbnail(name string) error {
	r.mu.Lock()
	if r.inFlight == maxConns {
		r.mu.Unlock()
		return errors.New(name + ": 429 Too Many Requests")
	}
	r.inFlight++
	r.mu.Unlock()

	time.Sleep(10 * time.Millisecond) // the resize itself

	r.mu.Lock()
	r.inFlight--
	r.mu.Unlock()
	return nil
}

// thumbnailAll makes a thumbnail of every image of an upload, never
// asking the image service for more than maxConns at once: a goroutine
// takes a slot in sem before its request and gives it back after.
func thumbnailAll(r *resizer, images []string) (failed int) {
	errs := make([]error, len(images))
	var wg sync.WaitGroup
	sem := make(chan struct{}, maxConns)
	for i, img := range images {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[i] = r.thumbnail(img)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			failed++
		}
	}
	return failed
}

func main() {
	images := []string{"a.jpg", "b.jpg", "c.jpg"}
	failed := thumbnailAll(&resizer{}, images)
	fmt.Println("thumbnails failed:", failed, "of", len(images))
}
