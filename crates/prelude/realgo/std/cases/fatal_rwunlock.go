// Unlock of an RWMutex that is not write-locked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("Unlock while read-locked")
	rw.Unlock()
}
