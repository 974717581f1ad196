// Channel direction mistakes in a producer/consumer pair.
package main

func produce(out chan<- int) {
	v := <-out /* ERROR "invalid operation: cannot receive from send-only channel chan<- int out (variable of type chan<- int)" */
	out <- v
	for range out /* ERROR "cannot range over out (variable of type chan<- int): receive from send-only channel chan<- int" */ {
	}
}

func consume(in <-chan int) {
	in /* ERROR "invalid operation: cannot send to receive-only channel <-chan int in (variable of type <-chan int)" */ <- 1
	close(in /* ERROR "invalid operation: cannot close receive-only channel in (variable of type <-chan int)" */)
	var back chan int = in /* ERROR "cannot use in (variable of type <-chan int) as chan int value in variable declaration" */
	back <- 2
}

func main() {
	n := 3
	n /* ERROR "invalid operation: cannot send to non-channel int n (variable of type int)" */ <- 1
	<-n /* ERROR "invalid operation: cannot receive from non-channel int n (variable of type int)" */
	close(n /* ERROR "invalid operation: cannot close non-channel n (variable of type int)" */)
	ch := make(chan int)
	go produce(ch)
	consume(ch)
}
