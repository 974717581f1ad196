//dojo:synctest
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

var logLines = []string{
	"12:00:01 GET /cart 200",
	"12:00:02 ERROR payment: timeout",
	"12:00:03 GET /cart 200",
	"12:00:04 ERROR payment: timeout",
	"12:00:05 ERROR stock: connection refused",
	"12:00:06 GET /health 200",
}

// cat sends the lines one by one until done is closed, then closes its
// channel.
func cat(done <-chan struct{}, lines []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range lines {
			select {
			case out <- l:
			case <-done:
				return
			}
		}
	}()
	return out
}

// grep passes on the lines that contain word until done is closed, then
// closes its channel.
func grep(done <-chan struct{}, word string, in <-chan string) <-chan string {
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

// firstErrors is `cat | grep ERROR | head -n n`: it stops reading as soon
// as it has n lines, and closing done tells every stage to stop too.
func firstErrors(n int) []string {
	done := make(chan struct{})
	defer close(done)
	var found []string
	for l := range grep(done, "ERROR", cat(done, logLines)) {
		found = append(found, l)
		if len(found) == n {
			break
		}
	}
	return found
}

func main() {
	for _, l := range firstErrors(2) {
		fmt.Println(l)
	}

	// the service keeps running; a moment later, read the goroutine gauge
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
