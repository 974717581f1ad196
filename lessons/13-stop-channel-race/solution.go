package main

import (
	"context"
	"fmt"
	"sync"

	"k8s.io/apimachinery/pkg/util/wait"
)

// runInformer watches the CR until stop is closed. Like client-go's
// reflector, it wraps stop in a context and derives a cancelable child.
func runInformer(stop <-chan struct{}, onUpdate func(status string), wg *sync.WaitGroup) {
	defer wg.Done()
	ctx, cancel := context.WithCancel(wait.ContextForChannel(stop))
	defer cancel()
	onUpdate("Ongoing")
	onUpdate("Succeeded")
	<-ctx.Done() // keep watching until the reconciler closes stop
}

// reconcile waits for the install to end, then makes sure stop is closed.
func reconcile(stop <-chan struct{}, stopAll func()) {
	defer stopAll() // a no-op if the handler already closed stop
	backoff := 1
	for retry := 0; retry < 8000; retry++ { // busy in the slow retry branch
		backoff = backoff*3%997 + 1
	}
	<-stop
	fmt.Println("reconciler: operation stopped, backoff", backoff)
}

func main() {
	stop := make(chan struct{}) // close-only: a context is built on it
	var once sync.Once
	stopAll := func() { once.Do(func() { close(stop) }) } // every party signals this way
	var wg sync.WaitGroup
	wg.Add(1)
	go runInformer(stop, func(status string) { // the event handler
		fmt.Println("handler: status", status)
		if status == "Succeeded" {
			stopAll() // "we are done", said with a close: every receiver sees it
		}
	}, &wg)

	reconcile(stop, stopAll)
	wg.Wait()
	fmt.Println("reconciler: finished cleanly")
}
