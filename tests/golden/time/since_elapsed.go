// time.Since measures at least the time slept; compare durations rather than printing them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept at least 50ms:", elapsed >= 50*time.Millisecond)
	fmt.Println("well under a second:", elapsed < time.Second)

	start = time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(40 * time.Millisecond)
		}()
	}
	wg.Wait()
	parallel := time.Since(start)
	fmt.Println("five 40ms sleeps in parallel took >= 40ms:", parallel >= 40*time.Millisecond)
	fmt.Println("and less than 200ms:", parallel < 200*time.Millisecond)
	deadline := time.Now().Add(time.Hour)
	fmt.Println("deadline is in the future:", time.Until(deadline) > 59*time.Minute)
	fmt.Println("rounded:", (50*time.Millisecond + 300*time.Microsecond).Round(time.Millisecond))
	t0 := time.Now()
	fmt.Println("Sub is consistent:", time.Now().Sub(t0) >= 0, t0.Add(time.Second).After(t0))
}

// Output:
// slept at least 50ms: true
// well under a second: true
// five 40ms sleeps in parallel took >= 40ms: true
// and less than 200ms: true
// deadline is in the future: true
// rounded: 50ms
// Sub is consistent: true true
