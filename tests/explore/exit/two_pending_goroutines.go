// Two goroutines pending when main returns, one of them woken by the
// close just before: each may or may not run, and one blocks for good.
package main

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		<-done
	}()
	go func() {
		ch <- 1
	}()
	close(done)
}
