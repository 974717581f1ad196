package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"k8s.io/apimachinery/pkg/util/wait"
)

// elector renews a lease and calls OnStoppedLeading when it loses it.
type elector struct {
	OnStoppedLeading func()
}

func (e *elector) run(renewals int) {
	lease := 0
	for i := 0; i < renewals; i++ {
		lease = lease*7%1009 + i // renew the lease (pretend work)
	}
	fmt.Println("elector: lease lost after", renewals, "renewals")
	e.OnStoppedLeading()
}

// runController works until leadership ends, one sync at a time.
func runController(lead context.Context, name string, wg *sync.WaitGroup) {
	defer wg.Done()
	ctx, cancel := context.WithTimeout(lead, time.Minute) // per-sync budget
	defer cancel()
	<-ctx.Done()
}

func main() {
	lost := make(chan struct{}) // close-only: it backs a context
	lead := wait.ContextForChannel(lost)

	var wg sync.WaitGroup
	for _, name := range []string{"deployments", "replicasets"} {
		wg.Add(1)
		go runController(lead, name, &wg)
	}

	// the callback gets a channel of its own, which no context watches;
	// one slot, so the callback never blocks even if main is busy
	leaseLost := make(chan struct{}, 1)
	e := &elector{OnStoppedLeading: func() { leaseLost <- struct{}{} }}
	go e.run(50)

	<-leaseLost
	close(lost) // the one and only signal on lost: a close
	wg.Wait()
	fmt.Println("stepped down cleanly")
}
