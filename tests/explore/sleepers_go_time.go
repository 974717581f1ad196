// The Tour's two sayers in Go's time model: a sleep does not order
// anything, since any step may take longer than 10ms. So besides the
// orders of two sayers waking together, one sayer can get ahead by whole
// rounds, even print all three lines before the other has started: real
// Go essentially never shows those, but nothing in the program rules them
// out.
package main

import (
	"fmt"
	"time"
)

func say(s string) {
	for i := 0; i < 3; i++ {
		time.Sleep(10 * time.Millisecond)
		fmt.Println(s)
	}
}

func main() {
	go say("world")
	say("hello")
}

// Outcome: exit 0 stdout="hello\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nhello\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nhello\nhello\nworld\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nhello\nhello\nworld\nworld\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nhello\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nhello\nworld\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nhello\nworld\nhello\nworld\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nhello\nworld\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nhello\nworld\nworld\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nhello\nworld\nworld\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nhello\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nhello\nhello\nworld\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nhello\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nhello\nworld\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nhello\nworld\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nworld\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nworld\nhello\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nworld\nhello\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nworld\nworld\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nhello\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nhello\nhello\nworld\nworld\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nhello\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nhello\nworld\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nhello\nworld\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nworld\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nworld\nhello\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nworld\nhello\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nworld\nworld\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nworld\nhello\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nworld\nhello\nhello\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="world\nworld\nhello\nhello\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nworld\nhello\nworld\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nworld\nworld\nhello\nhello\nhello\n" stderr=""
