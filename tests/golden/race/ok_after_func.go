// Starting a timer happens before its AfterFunc callback runs.
package main

import (
	"fmt"
	"time"
)

func main() {
	greeting := "hi"
	done := make(chan string)
	time.AfterFunc(time.Millisecond, func() {
		done <- greeting
	})
	fmt.Println(<-done)
}

// Output:
// hi
