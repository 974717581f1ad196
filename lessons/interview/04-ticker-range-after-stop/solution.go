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
	done   chan struct{}
	beats  atomic.Int32
	wg     sync.WaitGroup
}

func startHeartbeat(every time.Duration) *heartbeat {
	h := &heartbeat{ticker: time.NewTicker(every), done: make(chan struct{})}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		// Fix: Ticker.Stop never closes ticker.C, so ranging over it cannot
		// end. Since Go 1.23 no stale tick arrives once Stop has returned,
		// but C still stays open. The loop also listens on a done channel
		// that Stop closes.
		for {
			select {
			case <-h.ticker.C:
				h.beats.Add(1)
			case <-h.done:
				return
			}
		}
	}()
	return h
}

// Stop is called from the shutdown hook and must return before the
// process deregisters from the load balancer.
func (h *heartbeat) Stop() {
	h.ticker.Stop()
	close(h.done)
	h.wg.Wait()
}

func main() {
	h := startHeartbeat(10 * time.Millisecond)
	time.Sleep(35 * time.Millisecond)

	h.Stop()
	fmt.Println("heartbeat stopped, beat at least once:", h.beats.Load() > 0)
}
