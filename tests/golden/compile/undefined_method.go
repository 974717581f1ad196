// Calling a method the type does not have is a compile error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("working")
	}()
	wg.Join()
}

// Error: 16:5: wg.Join undefined (type "sync".WaitGroup has no field or method Join)
