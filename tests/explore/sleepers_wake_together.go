//dojo:synctest
// The Tour's two sayers in testing/synctest's bubble: both sleep the same
// 10ms, so both wake in the same instant and either can print first, each
// round. Real Go shows many of these orders; the explorer must find every
// one it shows. When main's last print ends the program, the other sayer
// may still be asleep: that is not a leak. sleepers_go_time.go is the same
// program in Go's own time model.
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

// Outcome: exit 0 stdout="hello\nworld\nhello\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nhello\nworld\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nhello\nworld\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nworld\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nworld\nhello\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="hello\nworld\nworld\nhello\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nhello\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nhello\nworld\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nhello\nworld\nworld\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nworld\nhello\nhello\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nworld\nhello\nhello\nworld\n" stderr=""
// Outcome: exit 0 stdout="world\nhello\nworld\nhello\nworld\nhello\n" stderr=""
