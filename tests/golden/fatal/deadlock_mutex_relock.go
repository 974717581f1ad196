// sync.Mutex is not reentrant: locking it again in the same goroutine blocks forever.
package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu      sync.Mutex
	balance int
}

func (b *Bank) Balance() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.balance
}

func (b *Bank) Deposit(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.balance += n
	fmt.Println("new balance", b.Balance())
}

func main() {
	b := &Bank{}
	fmt.Println("depositing")
	b.Deposit(10)
}

// Output:
// depositing
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Waits: sync.Mutex.Lock
