// main returns right after starting a goroutine that would block on a
// send: whether it ran first decides whether a goroutine is left behind.
package main

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
}
