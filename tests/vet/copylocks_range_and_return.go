package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.RWMutex
	balance int
}

// A range that copies each account, and a function that returns one by value.
func snapshot(a *account) account {
	return *a
}

func main() {
	accounts := []account{{balance: 1}, {balance: 2}}
	total := 0
	for _, a := range accounts {
		total += a.balance
	}
	s := snapshot(&accounts[0])
	fmt.Println(total, s.balance)
}

// Vet: 15:9: return copies lock value: command-line-arguments.account contains sync.RWMutex
// Vet: 21:9: range var a copies lock: command-line-arguments.account contains sync.RWMutex
