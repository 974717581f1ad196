// Concurrent cancels of a wide tree: everything ends canceled, no goroutine leaks.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	var kids []context.Context
	var cancels []context.CancelFunc
	for i := 0; i < 100; i++ {
		c, cc := context.WithCancel(root)
		if i%2 == 0 {
			c, cc = context.WithTimeout(c, time.Hour)
		}
		kids = append(kids, c)
		cancels = append(cancels, cc)
	}
	var wg sync.WaitGroup
	for i := range cancels {
		if i%3 == 0 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cancels[i]()
			}()
		}
	}
	wg.Add(1)
	go func() { defer wg.Done(); cancel() }()
	wg.Wait()
	n := 0
	for _, k := range kids {
		<-k.Done()
		if k.Err() == context.Canceled {
			n++
		}
	}
	fmt.Println(n)
	// Interlocked: cancel a parent from a child's AfterFunc.
	a, ca := context.WithCancel(context.Background())
	b, cb := context.WithCancel(a)
	defer cb()
	context.AfterFunc(b, ca)
	cb()
	<-a.Done()
	fmt.Println(a.Err(), b.Err())
	for i := 0; i < 2000 && runtime.NumGoroutine() != 1; i++ {
		time.Sleep(100 * time.Microsecond)
	}
	fmt.Println(runtime.NumGoroutine())
}
