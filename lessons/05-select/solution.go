package main

import (
	"fmt"
	"time"
)

// feed sends its readings, then closes its channel.
func feed(out chan<- int, readings ...int) {
	for _, r := range readings {
		out <- r
	}
	close(out)
}

func main() {
	cpu := make(chan int)
	disk := make(chan int)
	alerts := make(chan string) // nobody sends here in this program
	go feed(cpu, 1, 2)
	go feed(disk, 10, 20)

	total := 0
	for cpu != nil || disk != nil { // until both feeds are closed
		select {
		case v, ok := <-cpu:
			if !ok {
				cpu = nil // a nil channel is never ready: this case is now off
				continue
			}
			total += v
		case v, ok := <-disk:
			if !ok {
				disk = nil
				continue
			}
			total += v
		}
	}
	fmt.Println("total:", total)

	select { // a non-blocking check
	case a := <-alerts:
		fmt.Println("alert:", a)
	default:
		fmt.Println("no alert pending")
	}

	select { // a bounded wait
	case a := <-alerts:
		fmt.Println("alert:", a)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no alert within 20ms")
	}
}
