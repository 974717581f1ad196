package main

import (
	"context"
	"fmt"
	"sync"

	"k8s.io/apimachinery/pkg/util/wait"
)

// runInformer watches the CR until stop is closed. Like client-go's
// reflector, it wraps stop in a context and derives a cancelable child.
func runInformer(stop <-chan struct{}, events chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	ctx, cancel := context.WithCancel(wait.ContextForChannel(stop))
	defer cancel()
	for _, status := range []string{"Ongoing", "Succeeded"} {
		select {
		case events <- status:
		case <-ctx.Done():
			return
		}
	}
	<-ctx.Done()
}

// onUpdate is the event handler: once the install has succeeded it tells
// everybody "we are done" by CLOSING stop, through the shared once.
func onUpdate(events <-chan string, stopAll func(), wg *sync.WaitGroup) {
	defer wg.Done()
	for status := range events {
		if status == "Succeeded" {
			fmt.Println("handler: install succeeded, stopping monitor")
			stopAll()
			return
		}
	}
}

// reconcile waits for the operation to end; it closes stop on the way out.
func reconcile(ctx context.Context, stop <-chan struct{}, stopAll func()) {
	defer stopAll() // a second call is a no-op
	backoff := 1
	for retry := 0; retry < 600; retry++ { // busy in the slow retry branch
		backoff = backoff*3%997 + 1
	}
	select {
	case <-ctx.Done():
		fmt.Println("reconciler: context cancelled")
	case <-stop:
		fmt.Println("reconciler: operation stopped, backoff", backoff)
	}
}

func main() {
	stop := make(chan struct{})
	var once sync.Once
	stopAll := func() { once.Do(func() { close(stop) }) } // the only way to signal
	events := make(chan string)
	var wg sync.WaitGroup
	wg.Add(2)
	go runInformer(stop, events, &wg)
	go onUpdate(events, stopAll, &wg)
	reconcile(context.Background(), stop, stopAll)
	wg.Wait()
	fmt.Println("reconciler finished cleanly")
}
