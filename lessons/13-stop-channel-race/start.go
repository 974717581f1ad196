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
// the reconciler "we are done" by SENDING on stop.
func onUpdate(events <-chan string, stop chan<- struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for status := range events {
		if status == "Succeeded" {
			fmt.Println("handler: install succeeded, stopping monitor")
			stop <- struct{}{}
			return
		}
	}
}

// reconcile waits for the operation to end; it closes stop on the way out.
func reconcile(ctx context.Context, stop chan struct{}) {
	defer close(stop)
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
	stop := make(chan struct{}) // unbuffered, shared by three parties
	events := make(chan string)
	var wg sync.WaitGroup
	wg.Add(2)
	go runInformer(stop, events, &wg)
	go onUpdate(events, stop, &wg)
	reconcile(context.Background(), stop)
	wg.Wait()
	fmt.Println("reconciler finished cleanly")
}
