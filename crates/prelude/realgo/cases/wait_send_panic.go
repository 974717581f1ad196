// Sending on (instead of closing) a ContextForChannel stop channel: the
// watcher takes the value, Err() then sees nothing -> missing cancel error.
package main

import (
	"context"
	"fmt"

	"k8s.io/apimachinery/pkg/util/wait"
)

func main() {
	stop := make(chan struct{})
	ctx, cancel := context.WithCancel(wait.ContextForChannel(stop))
	defer cancel()
	stop <- struct{}{}
	<-ctx.Done()
	fmt.Println("not reached")
}
