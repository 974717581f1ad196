// A receive case on a closed channel is always ready and yields the zero value with ok == false.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	for i := 0; i < 3; i++ {
		select {
		case <-done:
			fmt.Println("done is ready", i)
		default:
			fmt.Println("default")
		}
	}
	data := make(chan int)
	close(data)
	never := make(chan int)
	select {
	case v, ok := <-data:
		fmt.Println("closed data:", v, ok)
	case <-never:
		fmt.Println("never")
	}
	stop := make(chan bool)
	work := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			work <- i
		}
		close(stop)
	}()
	total := 0
	for {
		select {
		case n := <-work:
			total += n
			continue
		case <-stop:
		}
		break
	}
	fmt.Println("total", total)
}

// Output:
// done is ready 0
// done is ready 1
// done is ready 2
// closed data: 0 false
// total 6
