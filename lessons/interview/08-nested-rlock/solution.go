package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// routeTable maps service names to backends; config reloads rewrite it.
type routeTable struct {
	mu     sync.RWMutex
	routes map[string]string
}

func (t *routeTable) Lookup(name string) string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.lookupLocked(name)
}

// lookupLocked expects the caller to hold t.mu (read or write).
func (t *routeTable) lookupLocked(name string) string {
	return t.routes[name]
}

// Describe renders the table for the admin page. Fix: it takes the read
// lock once and calls the *Locked helper; RLock is not reentrant, because a
// writer waiting in Lock blocks every new RLock, including a nested one.
func (t *routeTable) Describe(names []string) string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	var b strings.Builder
	b.WriteString("routes:")
	time.Sleep(10 * time.Millisecond) // rendering the header is slow
	for _, n := range names {
		b.WriteString(" " + n + "=" + t.lookupLocked(n))
	}
	return b.String()
}

func (t *routeTable) Reload(routes map[string]string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.routes = routes
}

func main() {
	t := &routeTable{routes: map[string]string{"api": "10.0.0.1", "web": "10.0.0.2"}}

	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // an operator opens the admin page
		defer wg.Done()
		fmt.Println(t.Describe([]string{"api", "web"}))
	}()
	go func() { // a config reload lands a moment later
		defer wg.Done()
		time.Sleep(5 * time.Millisecond)
		t.Reload(map[string]string{"api": "10.0.0.9", "web": "10.0.0.2"})
	}()
	wg.Wait()
	fmt.Println("admin page served")
}
