package main

import (
	"fmt"
	"sync"
	"time"
)

// inflight is one load in progress; done is closed when val is ready.
type inflight struct {
	done chan struct{}
	val  string
}

// tenantCache keeps each tenant's settings; loading runs outside the lock.
type tenantCache struct {
	mu      sync.Mutex
	data    map[string]string
	pending map[string]*inflight
	loads   int
}

func (c *tenantCache) load(tenant string) string {
	c.mu.Lock()
	c.loads++
	c.mu.Unlock()
	time.Sleep(20 * time.Millisecond) // the billing API round trip
	return "plan=pro tenant=" + tenant
}

// Get checks and claims the load in ONE critical section; later callers wait.
func (c *tenantCache) Get(tenant string) string {
	c.mu.Lock()
	if v, ok := c.data[tenant]; ok {
		c.mu.Unlock()
		return v
	}
	if f, ok := c.pending[tenant]; ok {
		c.mu.Unlock()
		<-f.done
		return f.val
	}
	f := &inflight{done: make(chan struct{})}
	c.pending[tenant] = f
	c.mu.Unlock()

	f.val = c.load(tenant)
	c.mu.Lock()
	c.data[tenant] = f.val
	delete(c.pending, tenant)
	c.mu.Unlock()
	close(f.done) // val is written before the close, so waiters may read it
	return f.val
}

func main() {
	c := &tenantCache{data: map[string]string{}, pending: map[string]*inflight{}}

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
