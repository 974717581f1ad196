// sync.Cond: a consumer Waits in a loop on its condition and the producer Signals after each change.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []string
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(s string) {
	q.mu.Lock()
	q.items = append(q.items, s)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() string {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s
}

func main() {
	q := NewQueue()
	done := make(chan bool)
	go func() {
		for {
			s := q.Get()
			if s == "stop" {
				done <- true
				return
			}
			fmt.Println("consumed", s)
		}
	}()
	for _, s := range []string{"a", "b", "c", "stop"} {
		q.Put(s)
	}
	<-done
	fmt.Println("queue empty:", len(q.items) == 0)
}

// Output:
// consumed a
// consumed b
// consumed c
// queue empty: true
