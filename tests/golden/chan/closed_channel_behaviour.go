// After close, buffered values are still delivered, then receives return zero/false; sending or closing again panics.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	fmt.Println(len(ch))
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	try("send", func() { ch <- 3 })
	try("close", func() { close(ch) })
	try("receive", func() { <-ch })
	select {
	case v, ok := <-ch:
		fmt.Println("select receive ready:", v, ok)
	default:
		fmt.Println("default")
	}
	var nilCh chan int
	try("close nil", func() { close(nilCh) })
	un := make(chan bool)
	close(un)
	for x := range un {
		fmt.Println("never", x)
	}
	fmt.Println(len(un), cap(un))
}

// Output:
// 2
// 1 true
// 2 true
// 0 false
// 0 false
// send panicked: send on closed channel
// close panicked: close of closed channel
// receive ok
// select receive ready: 0 false
// close nil panicked: close of nil channel
// 0 0
