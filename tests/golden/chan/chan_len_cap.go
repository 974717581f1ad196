// len reports queued elements and cap the buffer size; both are 0 for unbuffered and nil channels.
package main

import "fmt"

func main() {
	unbuf := make(chan int)
	buf := make(chan int, 4)
	var nilCh chan int
	fmt.Println(len(unbuf), cap(unbuf), len(buf), cap(buf), len(nilCh), cap(nilCh))
	buf <- 1
	buf <- 2
	fmt.Println(len(buf), cap(buf))
	<-buf
	fmt.Println(len(buf))
	buf <- 3
	buf <- 4
	buf <- 5
	fmt.Println(len(buf) == cap(buf))
	close(buf)
	fmt.Println("after close:", len(buf), cap(buf))
	for v := range buf {
		fmt.Print(v, ";")
	}
	fmt.Println()
	fmt.Println("drained:", len(buf), cap(buf))
	var recvOnly <-chan int = make(chan int, 2)
	fmt.Println(cap(recvOnly))
	zero := make(chan bool, 0)
	fmt.Println(cap(zero))
}

// Output:
// 0 0 0 4 0 0
// 2 4
// 1
// true
// after close: 4 4
// 2;3;4;5;
// drained: 0 4
// 2
// 0
