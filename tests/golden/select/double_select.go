// A sender that offers each value on several channels in one select delivers it exactly once.
package main

import (
	"fmt"
	"sync"
)

const N = 200

func sender(a, b, c chan<- int, done chan<- bool) {
	for i := 0; i < N; i++ {
		select {
		case a <- i:
		case b <- i:
		case c <- i:
		}
	}
	done <- true
}

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	done := make(chan bool)
	seen := make([]int, N)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, ch := range []chan int{a, b, c} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range ch {
				mu.Lock()
				seen[v]++
				mu.Unlock()
			}
		}()
	}
	go sender(a, b, c, done)
	<-done
	close(a)
	close(b)
	close(c)
	wg.Wait()
	dups, missing := 0, 0
	for _, n := range seen {
		if n > 1 {
			dups++
		}
		if n == 0 {
			missing++
		}
	}
	fmt.Println("values:", N, "duplicates:", dups, "missing:", missing)
}

// Output:
// values: 200 duplicates: 0 missing: 0
