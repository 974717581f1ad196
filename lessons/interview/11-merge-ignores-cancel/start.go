//dojo:synctest
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

// merge fans several channels into one, closed once every input is closed.
func merge[T any](ctx context.Context, cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type order struct {
	shard int
	id    string
}

// what each shard of the order index returns for the agent's query
var shards = [][]string{
	{"A-1017", "A-1042"},
	{"B-2203"},
}

// searchOrders asks every shard at once and returns the first page.
func searchOrders(ctx context.Context, pageSize int) ([]order, error) {
	g, ctx := errgroup.WithContext(ctx)
	results := make([]<-chan order, len(shards))
	for i, ids := range shards {
		ch := make(chan order, len(ids))
		results[i] = ch
		g.Go(func() error {
			defer close(ch)
			for _, id := range ids {
				ch <- order{shard: i, id: id}
			}
			return nil
		})
	}

	var page []order
	for o := range merge(ctx, results...) {
		page = append(page, o)
		if len(page) == pageSize {
			return page, nil
		}
	}
	return page, g.Wait()
}

func main() {
	page, err := searchOrders(context.Background(), 2)
	if err != nil {
		fmt.Println("search failed:", err)
		return
	}
	fmt.Println("first page:", len(page), "orders")

	// the server keeps running; look at the goroutine gauge a little later
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
