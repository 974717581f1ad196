// Unlocking an unlocked Mutex is a fatal error that recover cannot stop.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered?", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
