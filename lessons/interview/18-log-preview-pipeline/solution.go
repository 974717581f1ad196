//dojo:synctest
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

// lines emits every line of the log, until done is closed.
func lines(done <-chan struct{}, log []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range log {
			select {
			case out <- l:
			case <-done:
				return
			}
		}
	}()
	return out
}

// grep passes on the lines that contain word, until done is closed.
func grep(done <-chan struct{}, in <-chan string, word string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for l := range in {
			if !strings.Contains(l, word) {
				continue
			}
			select {
			case out <- l:
			case <-done:
				return
			}
		}
	}()
	return out
}

// firstErrors returns the first n error lines, for the alert's preview.
// Closing done on return tells every stage upstream to stop.
func firstErrors(log []string, n int) []string {
	done := make(chan struct{})
	defer close(done)
	var found []string
	for l := range grep(done, lines(done, log), "ERROR") {
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
