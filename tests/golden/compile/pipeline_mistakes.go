package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func producer(ctx context.Context, out chan<- int) {
	for i := 0; ; i++ {
		select {
		case out <- i:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func consume(in <-chan int) {
	for v := range in {
		in <- v
	}
}

func merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done
			for v := range c {
				out <- v
			}
		}()
	}
	return out
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), "1s")
	defer cancel()
	ch := make(chan int, "3")
	go producer(ctx, ch)
	var mu sync.Mutex
	mu.lock()
	var once sync.Once
	once.Do(func() int { return 1 })
	time.Sleep(1 * time.Seconds)
	m := merge[int, string](ch)
	fmt.Println(<-m)
	select {
	case v, ok, z := <-ch:
	}
}

// Error: 15:11: too many return values
// Error: 	have (error)
// Error: 	want ()
// Error: 22:3: invalid operation: cannot send to receive-only channel <-chan int in (variable of type <-chan int)
// Error: 29:3: undefined: wg
// Error: 31:10: expression in defer must be function call
// Error: 31:10: undefined: wg
// Error: 41:59: cannot use "1s" (untyped string constant) as time.Duration value in argument to context.WithTimeout
// Error: 43:23: cannot convert "3" (untyped string constant) to type int
// Error: 46:5: mu.lock undefined (type "sync".Mutex has no field or method lock, but does have method Lock)
// Error: 48:10: cannot use func() int {…} (value of type func() int) as func() value in argument to once.Do
// Error: 49:22: undefined: time.Seconds
// Error: 49:22: too many errors
