// One writer and two readers of a variable: each reader sees the value
// before or after the write, independently of the other reader.
package main

import (
	"fmt"
	"sync"
)

var x, a, b int

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { x = 1; wg.Done() }()
	go func() { a = x; wg.Done() }()
	go func() { b = x; wg.Done() }()
	wg.Wait()
	fmt.Println(a, b)
}
