// WaitGroup.Go starts a goroutine counted by the group; Wait orders its writes too.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var a, b int
	wg.Go(func() { a = 1 })
	wg.Go(func() { b = 2 })
	wg.Wait()
	fmt.Println(a + b)
}

// Output:
// 3
