package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// produce sends n log lines from one source. It does not close out: it is
// not the only sender, so it cannot know when all sending is over.
func produce(source string, n int, out chan<- string) {
	for i := 1; i <= n; i++ {
		out <- fmt.Sprintf("%s-%d", source, i)
	}
}

func main() {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); produce("disk", 2, out) }()
	go func() { defer wg.Done(); produce("net", 1, out) }()

	// exactly one closer, and it closes only after every sender is done
	go func() {
		wg.Wait()
		close(out)
	}()

	var lines []string
	for line := range out { // ends once out is closed and drained
		lines = append(lines, line)
	}
	sort.Strings(lines)
	fmt.Println("collected:", strings.Join(lines, " "))

	v, ok := <-out // a closed channel answers at once: zero value, ok == false
	fmt.Printf("after close: %q %v\n", v, ok)
}
