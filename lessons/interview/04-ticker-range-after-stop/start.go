//dojo:synctest
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// heartbeat reports liveness to the load balancer on every tick.
type heartbeat struct {
	ticker *time.Ticker
	beats  atomic.Int32
	wg     sync.WaitGroup
}

func startHeartbeat(every time.Duration) *heartbeat {
	h := &heartbeat{ticker: time.NewTicker(every)}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		for range h.ticker.C {
			h.beats.Add(1)
		}
	}()
	return h
}

// Stop is called from the shutdown hook and must return before the
// process deregisters from the load balancer.
func (h *heartbeat) Stop() {
	h.ticker.Stop()
	h.wg.Wait()
}

func main() {
	h := startHeartbeat(10 * time.Millisecond)
	time.Sleep(35 * time.Millisecond)

	h.Stop()
	fmt.Println("heartbeat stopped, beat at least once:", h.beats.Load() > 0)
}
