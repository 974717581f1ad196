// A select with no default whose cases can never proceed blocks forever.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	c := make(chan bool, 1)
	c <- true
	fmt.Println("select waiting on a, b and a send to full c")
	select {
	case v := <-a:
		fmt.Println(v)
	case s := <-b:
		fmt.Println(s)
	case c <- false:
		fmt.Println("sent")
	}
}

// Output:
// select waiting on a, b and a send to full c
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: select
