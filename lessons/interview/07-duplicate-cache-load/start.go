package main

import (
	"fmt"
	"sync"
	"time"
)

// tenantCache keeps each tenant's settings after the first load. Loading
// is slow and costs a call to the billing API, so it runs outside the lock.
type tenantCache struct {
	mu    sync.Mutex
	data  map[string]string
	loads int
}

func (c *tenantCache) load(tenant string) string {
	c.mu.Lock()
	c.loads++
	c.mu.Unlock()
	time.Sleep(20 * time.Millisecond) // the billing API round trip
	return "plan=pro tenant=" + tenant
}

func (c *tenantCache) Get(tenant string) string {
	c.mu.Lock()
	v, ok := c.data[tenant]
	c.mu.Unlock()
	if ok {
		return v
	}

	v = c.load(tenant)
	c.mu.Lock()
	c.data[tenant] = v
	c.mu.Unlock()
	return v
}

func main() {
	c := &tenantCache{data: make(map[string]string)}

	// three requests for the same tenant arrive together after a deploy
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Get("tenant-42")
		}()
	}
	wg.Wait()
	fmt.Println("billing API calls:", c.loads)
}
