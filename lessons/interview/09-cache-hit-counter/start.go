package main

import (
	"fmt"
	"sync"
)

// priceCache keeps product prices in memory. The counters feed the
// hit-ratio panel on the service dashboard.
type priceCache struct {
	mu     sync.Mutex
	prices map[string]int
	hits   int
	misses int
}

func (c *priceCache) Get(sku string) (int, bool) {
	c.mu.Lock()
	price, ok := c.prices[sku]
	c.mu.Unlock()

	if ok {
		c.hits++
	} else {
		c.misses++
	}
	return price, ok
}

func (c *priceCache) Stats() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("hits=%d misses=%d", c.hits, c.misses)
}

func main() {
	c := &priceCache{prices: map[string]int{"sku-1": 1299}}

	// two requests look up one cached and one unknown product each
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Get("sku-1")
			c.Get("sku-404")
		}()
	}
	wg.Wait()
	fmt.Println(c.Stats())
}
