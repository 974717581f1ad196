// Unlocking with defer releases a mutex even when the critical section panics.
package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *Store) Update(key string, f func(int) int) (err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("update %s: %v", key, r)
		}
	}()
	s.data[key] = f(s.data[key])
	return nil
}

func main() {
	s := &Store{data: map[string]int{"a": 1}}
	fmt.Println(s.Update("a", func(v int) int { return v + 1 }))
	fmt.Println(s.Update("a", func(v int) int { return v / (v - 2) }))
	fmt.Println("lock is free:", s.mu.TryLock())
	s.mu.Unlock()
	fmt.Println(s.Update("a", func(v int) int { return v * 10 }), s.data["a"])
}

// Output:
// <nil>
// update a: runtime error: integer divide by zero
// lock is free: true
// <nil> 20
