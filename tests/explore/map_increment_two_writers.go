// Two goroutines run m[k]++ on one map. Either can find the other inside
// its write (Go's fatal "concurrent map writes"), and the reduced search
// must find that, as the unreduced one does. The engine compiles m[k]++ as
// a read and then a write, as Go does under -race (mapaccess, then
// mapassign), so a read can also meet the other's write; a plain Go build
// makes it one mapassign call and only ever says "concurrent map writes".
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1; i++ {
				m[i%10]++
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}

// Outcome: exit 0 stdout="1\n" stderr=""
// Outcome: exit 2 stdout="" stderr="fatal error: concurrent map read and map write"
// Outcome: exit 2 stdout="" stderr="fatal error: concurrent map writes"
