// recover cannot catch the fatal error from unlocking an unlocked mutex; deferred calls do not run.
package main

import (
	"fmt"
	"sync"
)

func release(mu *sync.Mutex) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	mu.Unlock()
	return nil
}

func main() {
	defer fmt.Println("main's deferred call does not run")
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("first release:", release(&mu))
	fmt.Println("second release:", release(&mu))
}

// Output:
// first release: <nil>
// Exit: 2
// Stderr: fatal error: sync: unlock of unlocked mutex
