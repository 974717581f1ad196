package main

import (
	"fmt"
	"sort"
	"strings"
)

// produce sends n log lines from one source, then closes out.
func produce(source string, n int, out chan<- string) {
	for i := 1; i <= n; i++ {
		out <- fmt.Sprintf("%s-%d", source, i)
	}
	close(out) // "I am done" -- but out is shared with another producer
}

func main() {
	out := make(chan string)
	go produce("disk", 2, out)
	go produce("net", 1, out)

	var lines []string
	for line := range out { // ends once out is closed and drained
		lines = append(lines, line)
	}
	sort.Strings(lines)
	fmt.Println("collected:", strings.Join(lines, " "))

	v, ok := <-out // a closed channel answers at once: zero value, ok == false
	fmt.Printf("after close: %q %v\n", v, ok)
}
