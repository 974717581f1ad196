// atomic.Int32, atomic.Int64, atomic.Bool and atomic.Value give race-free access without a mutex.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var hits atomic.Int64
	var small atomic.Int32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				hits.Add(1)
				small.Add(-1)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), small.Load(), flag.Load())
	fmt.Println(small.Swap(5), small.Load())
	fmt.Println(small.CompareAndSwap(4, 9), small.CompareAndSwap(5, 9), small.Load())
	fmt.Println(flag.Swap(false), flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var cfg atomic.Value
	fmt.Println(cfg.Load() == nil)
	cfg.Store(Config{"alpha", 1})
	c := cfg.Load().(Config)
	fmt.Printf("%+v\n", c)
	old := cfg.Swap(Config{"beta", 2})
	fmt.Println(old.(Config).Name, cfg.Load().(Config).Name)
	fmt.Println(cfg.CompareAndSwap(Config{"beta", 2}, Config{"gamma", 3}), cfg.Load())
	var u atomic.Uint32
	u.Add(^uint32(0))
	fmt.Println(u.Load())
}

// Output:
// 1000 -1000 true
// -1000 5
// false true 9
// true false true true
// true
// {Name:alpha Version:1}
// alpha beta
// true {gamma 3}
// 4294967295
