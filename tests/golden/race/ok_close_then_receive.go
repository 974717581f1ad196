// Closing a channel happens before a receive that returns because it is closed.
package main

import "fmt"

func main() {
	var items []string
	done := make(chan struct{})
	go func() {
		items = append(items, "a", "b")
		close(done)
	}()
	<-done
	fmt.Println(items)
}

// Output:
// [a b]
