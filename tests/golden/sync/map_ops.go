// sync.Map: Load, Store, LoadOrStore, LoadAndDelete, Delete, Swap, CompareAndSwap, CompareAndDelete, Range and Clear, and concurrent LoadOrStore with one winner.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func contents(m *sync.Map) []string {
	var s []string
	m.Range(func(k, v any) bool {
		s = append(s, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(s)
	return s
}

func main() {
	var m sync.Map
	fmt.Println(m.Load("a"))
	m.Store("a", 1)
	m.Store("b", 2)
	fmt.Println(m.Load("a"))
	fmt.Println(m.LoadOrStore("a", 10))
	fmt.Println(m.LoadOrStore("c", 3))
	fmt.Println(m.Swap("b", 20))
	fmt.Println(m.Swap("d", 4))
	fmt.Println(contents(&m))

	fmt.Println(m.CompareAndSwap("a", 99, 100), m.CompareAndSwap("a", 1, 100))
	fmt.Println(m.CompareAndSwap("zz", nil, 1), m.CompareAndDelete("zz", nil))
	fmt.Println(m.CompareAndDelete("c", 4), m.CompareAndDelete("c", 3))
	fmt.Println(m.LoadAndDelete("d"))
	fmt.Println(m.LoadAndDelete("d"))
	m.Delete("b")
	m.Delete("nothing")
	fmt.Println(contents(&m))

	// Range stops when f returns false, and f may change the map.
	for i := range 5 {
		m.Store(i, i*i)
	}
	visits := 0
	m.Range(func(k, v any) bool {
		visits++
		return visits < 3
	})
	fmt.Println("visits:", visits)
	m.Range(func(k, v any) bool {
		if _, ok := k.(int); ok {
			m.Delete(k)
		}
		return true
	})
	fmt.Println(contents(&m))
	m.Clear()
	fmt.Println(contents(&m), len(contents(&m)))

	// Eight goroutines race to store their own value: exactly one wins.
	var wg sync.WaitGroup
	var mu sync.Mutex
	winners := 0
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, loaded := m.LoadOrStore("leader", i); !loaded {
				mu.Lock()
				winners++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	v, _ := m.Load("leader")
	_, isInt := v.(int)
	fmt.Println("winners:", winners, "stored an int:", isInt)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Load([]int{1})
	}()
}

// Output:
// <nil> false
// 1 true
// 1 true
// 3 false
// 2 true
// <nil> false
// [a=1 b=20 c=3 d=4]
// false true
// false false
// false true
// 4 true
// <nil> false
// [a=100]
// visits: 3
// [a=100]
// [] 0
// winners: 1 stored an int: true
// recovered: runtime error: hash of unhashable type []int
