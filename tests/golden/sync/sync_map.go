// sync.Map is safe for concurrent use; LoadOrStore keeps the first value stored for a key.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%02d", i), i*i)
		}()
	}
	wg.Wait()
	v, ok := m.Load("k03")
	fmt.Println(v, ok)
	_, ok = m.Load("missing")
	fmt.Println(ok)
	actual, loaded := m.LoadOrStore("k03", 1000)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", "fresh")
	fmt.Println(actual, loaded)
	m.Delete("new")
	old, loaded := m.LoadAndDelete("k09")
	fmt.Println(old, loaded)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(len(keys), keys[0], keys[len(keys)-1])
}

// Output:
// 9 true
// false
// 9 true
// fresh false
// 81 true
// 9 k00 k08
