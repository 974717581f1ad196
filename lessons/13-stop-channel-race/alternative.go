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

// reconcile waits until the handler reports the end of the install, then
// closes stop: it is now the only party that ever touches stop.
func reconcile(finished context.Context, stop chan struct{}) {
	defer close(stop)
	backoff := 1
	for retry := 0; retry < 8000; retry++ { // busy in the slow retry branch
		backoff = backoff*3%997 + 1
	}
	<-finished.Done()
	fmt.Println("reconciler: operation stopped, backoff", backoff)
}

func main() {
	stop := make(chan struct{}) // the informer's, closed exactly once
	finished, markFinished := context.WithCancel(context.Background())
	defer markFinished()
	var wg sync.WaitGroup
	wg.Add(1)
	go runInformer(stop, func(status string) { // the event handler
		fmt.Println("handler: status", status)
		if status == "Succeeded" {
			markFinished() // a signal of its own, which no watcher shares
		}
	}, &wg)

	reconcile(finished, stop)
	wg.Wait()
	fmt.Println("reconciler: finished cleanly")
}
