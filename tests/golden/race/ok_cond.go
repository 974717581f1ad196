// sync.Cond orders through its Locker: state changed under the lock before Signal is seen after Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	go func() {
		mu.Lock()
		queue = append(queue, 7)
		mu.Unlock()
		cond.Signal()
	}()
	mu.Lock()
	for len(queue) == 0 {
		cond.Wait()
	}
	fmt.Println(queue[0])
	mu.Unlock()
}

// Output:
// 7
