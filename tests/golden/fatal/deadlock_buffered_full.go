// A send on a full buffered channel blocks; if nothing ever receives, the program deadlocks.
package main

import "fmt"

func main() {
	queue := make(chan int, 3)
	for i := 1; i <= 5; i++ {
		fmt.Println("queueing", i, "len", len(queue))
		queue <- i
	}
	fmt.Println("unreachable")
}

// Output:
// queueing 1 len 0
// queueing 2 len 1
// queueing 3 len 2
// queueing 4 len 3
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: chan send
