// Two goroutines ask golang.org/x/sync/singleflight for the same key. The
// second can arrive while the first is still running the function, join
// it and share its result (both report shared), or arrive after the first
// has finished and run the function again (neither does). Every step that
// decides it is inside the library: a lock followed by the library's own
// map accesses, which the search must not take for one indivisible step.
package main

import (
	"fmt"
	"sync"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	var wg sync.WaitGroup
	res := make([]string, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _, shared := g.Do("k", func() (any, error) { return 7, nil })
			res[i] = fmt.Sprint(v, shared)
		}()
	}
	wg.Wait()
	fmt.Println(res)
}

// Outcome: exit 0 stdout="[7 false 7 false]\n" stderr=""
// Outcome: exit 0 stdout="[7 true 7 true]\n" stderr=""
