// Goroutines blocked sending on the same channel are served in the order in which they blocked.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	for _, name := range []string{"first", "second", "third", "fourth"} {
		go func() { ch <- name }()
		time.Sleep(20 * time.Millisecond)
	}
	for i := 0; i < 4; i++ {
		fmt.Println(<-ch)
	}
	buf := make(chan int, 1)
	buf <- 0
	for i := 1; i <= 3; i++ {
		go func() { buf <- i }()
		time.Sleep(20 * time.Millisecond)
	}
	for i := 0; i < 4; i++ {
		fmt.Print(<-buf, ";")
	}
	fmt.Println()
}

// Output:
// first
// second
// third
// fourth
// 0;1;2;3;
