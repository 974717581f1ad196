package main

import (
	"fmt"
	"sync"
)

// board is a job board: posters add jobs, and a watcher hears about each.
type board struct {
	mu       sync.Mutex
	jobs     []string
	watchers int
	notify   chan string // unbuffered
}

func (b *board) post(job string) {
	b.mu.Lock()
	b.jobs = append(b.jobs, job) // change shared state under the lock...
	b.mu.Unlock()
	b.notify <- job // ...and wait for other goroutines without it
}

// watch registers a watcher, then waits for the next job.
func (b *board) watch() string {
	b.mu.Lock()
	b.watchers++
	b.mu.Unlock()
	return <-b.notify
}

func (b *board) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.jobs)
}

func main() {
	b := &board{notify: make(chan string)}
	go b.post("deploy api")

	job := b.watch()
	fmt.Println("watcher got:", job)
	fmt.Println("jobs on board:", b.count())
}
