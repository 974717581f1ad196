//dojo:synctest
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

// lines emits every line of the log.
func lines(log []string) <-chan string {
	out := make(chan string)
	go func() {
		for _, l := range log {
			out <- l
		}
		close(out)
	}()
	return out
}

// grep passes on the lines that contain word.
func grep(in <-chan string, word string) <-chan string {
	out := make(chan string)
	go func() {
		for l := range in {
			if strings.Contains(l, word) {
				out <- l
			}
		}
		close(out)
	}()
	return out
}

// firstErrors returns the first n error lines, for the alert's preview.
func firstErrors(log []string, n int) []string {
	var found []string
	for l := range grep(lines(log), "ERROR") {
		found = append(found, l)
		if len(found) == n {
			break
		}
	}
	return found
}

func main() {
	log := []string{
		"ERROR disk full",
		"ERROR retry failed",
		"ERROR disk full",
		"INFO disk cleaned",
	}
	fmt.Println(firstErrors(log, 2))

	// the alerting service keeps running; look at the goroutine gauge a little later
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
