//dojo:synctest
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// mirror stands in for the download server. It counts the downloads in
// progress and remembers the most it ever saw at once.
type mirror struct {
	mu     sync.Mutex
	active int
	peak   int
}

func (m *mirror) fetch(ctx context.Context, url string) (string, error) {
	m.mu.Lock()
	m.active++
	m.peak = max(m.peak, m.active)
	m.mu.Unlock()
	defer func() {
		m.mu.Lock()
		m.active--
		m.mu.Unlock()
	}()
	select {
	case <-time.After(10 * time.Millisecond): // the transfer
		return "body of " + url, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// downloadAll fetches every URL, at most limit at a time, and returns the
// bodies in the order of urls.
func downloadAll(ctx context.Context, m *mirror, urls []string, limit int) []string {
	bodies := make([]string, len(urls))
	// TODO
	return bodies
}

func main() {
	m := &mirror{}
	urls := []string{"a.tar", "b.tar", "c.tar"}
	for _, body := range downloadAll(context.Background(), m, urls, 2) {
		fmt.Println(body)
	}
	fmt.Println("most downloads at once:", m.peak)
}
