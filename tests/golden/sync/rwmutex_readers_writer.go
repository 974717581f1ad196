// RWMutex lets many readers hold the lock together while a writer waits for all of them.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	value := 0
	const readers = 3
	holding := make(chan int)
	release := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < readers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			holding <- value
			<-release
			rw.RUnlock()
		}()
	}
	sum := 0
	for i := 0; i < readers; i++ {
		sum += <-holding
	}
	fmt.Println("all", readers, "readers hold the read lock at once; sum", sum)
	fmt.Println("writer TryLock while read-locked:", rw.TryLock())
	writerDone := make(chan struct{})
	go func() {
		rw.Lock()
		value = 42
		rw.Unlock()
		close(writerDone)
	}()
	close(release)
	wg.Wait()
	<-writerDone
	rw.RLock()
	fmt.Println("reader sees", value)
	rw.RUnlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("RLocker works:", rw.TryRLock())
	rw.RUnlock()
	rl.Unlock()
}

// Output:
// all 3 readers hold the read lock at once; sum 0
// writer TryLock while read-locked: false
// reader sees 42
// RLocker works: true
