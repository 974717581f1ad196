// A negative WaitGroup counter panics (recoverable), then again unrecovered.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()
	var wg2 sync.WaitGroup
	wg2.Add(2)
	wg2.Add(-3)
}
