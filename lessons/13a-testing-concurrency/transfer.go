package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

// transfer locks the source, then the destination.
func transfer(from, to *Account, amount int) {
	from.mu.Lock()
	defer from.mu.Unlock()
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	alice := &Account{balance: 100}
	bob := &Account{balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); transfer(alice, bob, 10) }()
	go func() { defer wg.Done(); transfer(bob, alice, 20) }()
	wg.Wait()
	fmt.Println("alice:", alice.balance, "bob:", bob.balance)
}
