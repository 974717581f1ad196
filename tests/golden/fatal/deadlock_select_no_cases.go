// An empty select statement blocks forever; once the other goroutines finish, it is a deadlock.
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
		fmt.Println("background work done")
	}()
	wg.Wait()
	fmt.Println("blocking forever in select {}")
	select {}
}

// Output:
// background work done
// blocking forever in select {}
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: select (no cases)
