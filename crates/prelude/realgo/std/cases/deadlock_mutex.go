// Locking a Mutex twice in main: all goroutines are asleep.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locking again")
	mu.Lock()
}
