// select with a default case runs the default immediately when no other case can proceed.
package main

import "fmt"

func tryRecv(ch chan int) string {
	select {
	case v := <-ch:
		return fmt.Sprint("received ", v)
	default:
		return "nothing ready"
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	unbuf := make(chan int)
	fmt.Println(tryRecv(unbuf), trySend(unbuf, 1))
	buf := make(chan int, 2)
	fmt.Println(trySend(buf, 10), trySend(buf, 20), trySend(buf, 30))
	fmt.Println(tryRecv(buf))
	fmt.Println(tryRecv(buf))
	fmt.Println(tryRecv(buf))
	var nilCh chan int
	fmt.Println(tryRecv(nilCh), trySend(nilCh, 1))
	count := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			count++
		}
	}
	fmt.Println("default-only select ran", count, "times")
}

// Output:
// nothing ready false
// true true false
// received 10
// received 20
// nothing ready
// nothing ready false
// default-only select ran 3 times
