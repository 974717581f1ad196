// In a send statement the channel and value expressions are both evaluated, left to right, before the send.
package main

import "fmt"

var log []string

func pick(c chan int, name string) chan int {
	log = append(log, "channel "+name)
	return c
}

func val(v int) int {
	log = append(log, fmt.Sprint("value ", v))
	return v
}

func main() {
	c := make(chan int, 4)
	pick(c, "A") <- val(1)
	pick(c, "B") <- val(2)+val(3)
	src := make(chan int, 1)
	src <- 40
	pick(c, "C") <- <-src + val(2)
	fmt.Println(log)
	close(c)
	for v := range c {
		fmt.Println(v)
	}
	log = nil
	out := make(chan string, 1)
	pick(nil, "D")
	func() chan string { log = append(log, "chan func"); return out }() <- fmt.Sprint(val(4), val(5))
	fmt.Println(log, <-out)
}

// Output:
// [channel A value 1 channel B value 2 value 3 channel C value 2]
// 1
// 5
// 42
// [channel D chan func value 4 value 5] 4 5
