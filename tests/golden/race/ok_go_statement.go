// A go statement happens before the goroutine starts: writes before it are visible without a race.
package main

import "fmt"

func main() {
	msg := "hello"
	done := make(chan bool)
	go func() {
		fmt.Println(msg)
		done <- true
	}()
	<-done
}

// Output:
// hello
