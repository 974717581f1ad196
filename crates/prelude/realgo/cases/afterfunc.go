// AfterFunc: once-semantics, own goroutine, stop results.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 10)
	release := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		<-release // would deadlock if f ran inside cancel()
		ran <- "f1"
	})
	cancel()
	fmt.Println("cancel returned")
	close(release)
	fmt.Println(<-ran)
	fmt.Println("stop after run:", stop(), stop())
	cancel()
	select {
	case s := <-ran:
		fmt.Println("ran twice!", s)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("ran once")
	}

	// stop before cancel
	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { ran <- "f2" })
	fmt.Println("stop before:", stop2(), stop2())
	cancel2()
	select {
	case s := <-ran:
		fmt.Println("ran after stop!", s)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("not run")
	}

	// already canceled ctx: f starts at once, in another goroutine
	var wg sync.WaitGroup
	wg.Add(1)
	stop3 := context.AfterFunc(ctx2, func() { wg.Done() })
	wg.Wait()
	fmt.Println("immediate ran, stop:", stop3())

	// never-canceled ctx
	stop4 := context.AfterFunc(context.Background(), func() { ran <- "f4" })
	fmt.Println("background stop:", stop4(), stop4())

	// many AfterFuncs on one ctx, each once
	ctx5, cancel5 := context.WithTimeout(context.Background(), 2*time.Millisecond)
	defer cancel5()
	var mu sync.Mutex
	n := 0
	var wg5 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg5.Add(1)
		context.AfterFunc(ctx5, func() {
			mu.Lock()
			n++
			mu.Unlock()
			wg5.Done()
		})
	}
	wg5.Wait()
	cancel5()
	time.Sleep(2 * time.Millisecond)
	fmt.Println("count", n, ctx5.Err())

	// race stop against cancel: exactly one of them wins every time
	wins := map[string]int{}
	for i := 0; i < 200; i++ {
		c, cc := context.WithCancel(context.Background())
		fired := make(chan bool, 1)
		st := context.AfterFunc(c, func() { fired <- true })
		go cc()
		stopped := st()
		if stopped {
			wins["ok"]++
		} else {
			<-fired
			wins["ok"]++
		}
	}
	fmt.Println(wins)
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(100 * time.Microsecond)
	}
	fmt.Println("goroutines", runtime.NumGoroutine())
}
