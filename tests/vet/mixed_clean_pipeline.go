package main

import (
	"context"
	"fmt"
	"sync"
)

// A cancellable pipeline written the way vet likes it.
func gen(ctx context.Context, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := range n {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int, wg *sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	for v := range in {
		select {
		case out <- v * v:
		case <-ctx.Done():
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := gen(ctx, 4)
	out := make(chan int)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go square(ctx, in, &wg, out)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println(sum)
}

// Vet: clean
