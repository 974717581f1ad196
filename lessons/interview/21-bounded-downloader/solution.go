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
// bodies in the order of urls. A goroutine per URL takes a slot in sem
// before it fetches and gives it back after; each writes only its own
// element of bodies, and Wait orders those writes before the return.
func downloadAll(ctx context.Context, m *mirror, urls []string, limit int) []string {
	bodies := make([]string, len(urls))
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for i, url := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			body, err := m.fetch(ctx, url)
			if err != nil {
				body = "failed: " + err.Error()
			}
			bodies[i] = body
		}()
	}
	wg.Wait()
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
