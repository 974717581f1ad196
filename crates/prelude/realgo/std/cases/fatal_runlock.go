// RUnlock of an RWMutex that is not read-locked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("RUnlock again")
	rw.RUnlock()
}
