package main

import (
	"fmt"
	"sync"
)

type registry struct {
	once  sync.Once
	names []string
}

func count(r registry) int { return len(r.names) }

// A composite literal that copies a registry, and calls that pass one.
func main() {
	r := registry{names: []string{"a"}}
	pair := [2]registry{r, r}
	fmt.Println(count(r), len(pair))
}

// Vet: 13:14: count passes lock by value: command-line-arguments.registry contains sync.Once contains sync.noCopy
// Vet: 18:22: literal copies lock value from r: command-line-arguments.registry contains sync.Once contains sync.noCopy
// Vet: 18:25: literal copies lock value from r: command-line-arguments.registry contains sync.Once contains sync.noCopy
// Vet: 19:20: call of count copies lock value: command-line-arguments.registry contains sync.Once contains sync.noCopy
