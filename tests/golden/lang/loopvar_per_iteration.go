// Since Go 1.22 each loop iteration has its own copy of the loop variable.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		fmt.Print(f(), ";")
	}
	fmt.Println()

	var ptrs []*string
	for _, s := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p, ";")
	}
	fmt.Println()

	results := make([]int, 4)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	var counts []func() int
	for i := 0; i < 3; i++ {
		counts = append(counts, func() int { return i })
		i++
	}
	for _, f := range counts {
		fmt.Print(f(), ";")
	}
	fmt.Println()
}

// Output:
// 0;1;2;
// a;b;c;
// [0 1 4 9]
// 1;3;
