//dojo:synctest
package main

import (
	"fmt"
	"time"
)

// produce sends six events, one every 20ms, then closes the channel.
func produce(events chan<- int) {
	for i := 1; i <= 6; i++ {
		time.Sleep(20 * time.Millisecond)
		events <- i
	}
	close(events)
}

// heartbeat reports that the service is alive on every tick.
func heartbeat(t *time.Ticker) {
	for range t.C {
		fmt.Println("alive")
	}
	fmt.Println("heartbeat stopped")
}

func main() {
	events := make(chan int)
	go produce(events)
	beat := time.NewTicker(90 * time.Millisecond)
	go heartbeat(beat)

	var batch []int
	for {
		select {
		case e, ok := <-events:
			if !ok { // the producer is done: flush the rest and shut down
				fmt.Println("flush", batch)
				beat.Stop() // ends the heartbeat loop, surely?
				return
			}
			batch = append(batch, e)
		case <-time.After(70 * time.Millisecond): // flush at least every 70ms
			fmt.Println("flush", batch)
			batch = nil
		}
	}
}
