// sync.Pool: Get calls New only when the pool is empty, a Put object is handed out again, and Get without New on an empty pool returns nil.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	made := 0
	pool := sync.Pool{New: func() any {
		made++
		return new(strings.Builder)
	}}
	b := pool.Get().(*strings.Builder)
	b.WriteString("hello")
	fmt.Println(b.String(), "made:", made)
	b.Reset()
	pool.Put(b)
	again := pool.Get().(*strings.Builder)
	fmt.Println("same builder:", again == b, "made:", made)
	other := pool.Get().(*strings.Builder)
	fmt.Println("fresh builder:", other != b, "made:", made)

	var bare sync.Pool
	fmt.Println("empty:", bare.Get())
	bare.Put(nil)
	fmt.Println("after Put(nil):", bare.Get())
	bare.Put("x")
	fmt.Println(bare.Get(), bare.Get())
}

// Output:
// hello made: 1
// same builder: true made: 1
// fresh builder: true made: 2
// empty: <nil>
// after Put(nil): <nil>
// x <nil>
