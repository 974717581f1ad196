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

// reconcile waits for the install to end, then closes stop on its way out.
func reconcile(stop chan struct{}) {
	defer close(stop)
	backoff := 1
	for retry := 0; retry < 8000; retry++ { // busy in the slow retry branch
		backoff = backoff*3%997 + 1
	}
	<-stop
	fmt.Println("reconciler: operation stopped, backoff", backoff)
}

func main() {
	stop := make(chan struct{}) // unbuffered, and shared by three parties
	var wg sync.WaitGroup
	wg.Add(1)
	go runInformer(stop, func(status string) { // the event handler
		fmt.Println("handler: status", status)
		if status == "Succeeded" {
			stop <- struct{}{} // "we are done", said with a send
		}
	}, &wg)

	reconcile(stop)
	wg.Wait()
	fmt.Println("reconciler: finished cleanly")
}
