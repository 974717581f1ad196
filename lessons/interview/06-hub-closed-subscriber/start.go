package main

import (
	"fmt"
	"sync"
)

// Hub fans every published event out to all current subscribers.
type Hub struct {
	mu   sync.Mutex
	subs map[int]chan string
	next int
}

func (h *Hub) Subscribe() (int, <-chan string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.next++
	ch := make(chan string, 8)
	h.subs[h.next] = ch
	return h.next, ch
}

func (h *Hub) Unsubscribe(id int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	close(h.subs[id])
	delete(h.subs, id)
}

// Publish copies the subscriber list so that slow subscribers do not
// hold up Subscribe and Unsubscribe.
func (h *Hub) Publish(event string) {
	h.mu.Lock()
	targets := make([]chan string, 0, len(h.subs))
	for _, ch := range h.subs {
		targets = append(targets, ch)
	}
	h.mu.Unlock()

	for _, ch := range targets {
		ch <- event
	}
}

func main() {
	hub := &Hub{subs: make(map[int]chan string)}
	id, events := hub.Subscribe()

	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // the deploy watcher publishes a few events
		defer wg.Done()
		for i := 1; i <= 3; i++ {
			hub.Publish(fmt.Sprintf("deploy step %d", i))
		}
	}()
	go func() { // a dashboard tab reads one event and is closed by the user
		defer wg.Done()
		<-events
		hub.Unsubscribe(id)
	}()
	wg.Wait()
	fmt.Println("hub drained")
}
