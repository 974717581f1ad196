// WaitGroup.Wait blocks until Done has been called once for every Add.
package main

import (
	"fmt"
	"sync"
)

func square(i int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[i] = i * i
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 8)
	wg.Add(len(out))
	for i := range out {
		go square(i, out, &wg)
	}
	wg.Wait()
	fmt.Println(out)
	wg.Wait()
	fmt.Println("Wait on zero counter returns immediately")
	var inner sync.WaitGroup
	results := make(chan string, 4)
	for _, group := range []string{"a", "b"} {
		inner.Add(1)
		go func() {
			defer inner.Done()
			var sub sync.WaitGroup
			for j := 0; j < 2; j++ {
				sub.Add(1)
				go func() {
					defer sub.Done()
					results <- fmt.Sprint(group, j)
				}()
			}
			sub.Wait()
		}()
	}
	inner.Wait()
	close(results)
	count := 0
	for range results {
		count++
	}
	fmt.Println("nested results:", count)
}

// Output:
// [0 1 4 9 16 25 36 49]
// Wait on zero counter returns immediately
// nested results: 4
