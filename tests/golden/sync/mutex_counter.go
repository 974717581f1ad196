// A sync.Mutex serialises increments so concurrent goroutines never lose an update.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func (c *Counter) Get(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("hits")
				if j%10 == 0 {
					c.Inc("tens")
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Get("hits"), c.Get("tens"), c.Get("none"))
	var total int
	var mu sync.Mutex
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			mu.Lock()
			total += i
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(total)
}

// Output:
// 5000 500 0
// 55
