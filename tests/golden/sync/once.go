// sync.Once runs its function exactly once even when many goroutines call Do; later Do calls wait for it to finish.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	calls  int
)

func loadConfig() {
	calls++
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	modes := make([]string, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
			modes[i] = config["mode"]
		}()
	}
	wg.Wait()
	fmt.Println(calls, modes[0], modes[9])
	once.Do(func() { fmt.Println("never runs") })
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first call panics") })
	}()
	o.Do(func() { fmt.Println("not run: Once already counts the panicking call") })
	fmt.Println("done")
}

// Output:
// 1 fast fast
// recovered: first call panics
// done
