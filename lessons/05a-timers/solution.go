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

// heartbeat reports that the service is alive on every tick, until stop
// is closed; it closes done on its way out.
func heartbeat(t *time.Ticker, stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	for {
		select {
		case <-t.C:
			fmt.Println("alive")
		case <-stop:
			fmt.Println("heartbeat stopped")
			return
		}
	}
}

func main() {
	events := make(chan int)
	go produce(events)
	beat := time.NewTicker(90 * time.Millisecond)
	stop := make(chan struct{})
	done := make(chan struct{})
	go heartbeat(beat, stop, done)

	flush := time.NewTimer(70 * time.Millisecond) // one timer, made once
	var batch []int
	for {
		select {
		case e, ok := <-events:
			if !ok { // the producer is done: flush the rest and shut down
				fmt.Println("flush", batch)
				beat.Stop() // no more ticks, but beat.C stays open
				close(stop) // so the heartbeat needs its own signal
				<-done
				return
			}
			batch = append(batch, e)
		case <-flush.C:
			fmt.Println("flush", batch)
			batch = nil
			flush.Reset(70 * time.Millisecond) // the next 70ms start now
		}
	}
}
