// A send happens before the matching receive completes.
package main

import "fmt"

func main() {
	data := 0
	ch := make(chan struct{})
	go func() {
		data = 42
		ch <- struct{}{}
	}()
	<-ch
	fmt.Println(data)
}

// Output:
// 42
