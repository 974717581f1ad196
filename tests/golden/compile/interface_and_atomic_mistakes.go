package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Store interface {
	Get(key string) (string, error)
}

type memStore struct {
	mu   sync.RWMutex
	data map[string]string
}

func (m *memStore) Get(key string) (string, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	v, ok := m.data[key]
	if !ok {
		return "", errors.New("missing")
	}
	return v
}

type counter struct {
	n atomic.Int64
}

func use(s Store) {}

func main() {
	var s Store = memStore{}
	use(memStore{})
	var c counter
	c.n++
	c.n.Add("1")
	var x int64 = c.n.Load() + 1.5
	var err error = "oops"
	fmt.Println(s, x, err)
	results := make(chan<- string)
	for r := range results {
		fmt.Println(r)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done(1)
}

// Error: 4:2: "context" imported and not used
// Error: 27:9: not enough return values
// Error: 	have (string)
// Error: 	want (string, error)
// Error: 37:16: cannot use memStore{} (value of struct type memStore) as Store value in variable declaration: memStore does not implement Store (method Get has pointer receiver)
// Error: 38:6: cannot use memStore{} (value of struct type memStore) as Store value in argument to use: memStore does not implement Store (method Get has pointer receiver)
// Error: 40:2: invalid operation: c.n++ (non-numeric type "sync/atomic".Int64)
// Error: 41:10: cannot use "1" (untyped string constant) as int64 value in argument to c.n.Add
// Error: 42:29: 1.5 (untyped float constant) truncated to int64
// Error: 43:18: cannot use "oops" (constant of type string) as error value in variable declaration: string does not implement error (missing method Error)
// Error: 46:17: cannot range over results (variable of type chan<- string): receive from send-only channel chan<- string
// Error: 51:10: too many arguments in call to wg.Done
// Error: 	have (number)
// Error: 	want ()
// Error: 4:2: too many errors
