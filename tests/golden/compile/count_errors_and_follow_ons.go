package main

import (
	"fmt"
	"sync"
)

func f() (int, error) { return 1 }

func g(x int) {}

func h() int { return 1 }

func main() {
	g(1, 2)
	g()
	a, b := h()
	var mu sync.Mutx
	mu.Lock()
	fmt.Println(a, b, j)
	ch := 3
	<-ch
	ch <- 1
	var s string = 1.5
	_ = s
	x := 1
	select {
	case x > 0:
	default:
	default:
	}
	if "a" == 1 {
	}
}

// Error: 8:32: not enough return values
// Error: 	have (number)
// Error: 	want (int, error)
// Error: 15:7: too many arguments in call to g
// Error: 	have (number, number)
// Error: 	want (int)
// Error: 16:2: not enough arguments in call to g
// Error: 	have ()
// Error: 	want (int)
// Error: 17:10: assignment mismatch: 2 variables but h returns 1 value
// Error: 18:14: undefined: sync.Mutx
// Error: 20:20: undefined: j
// Error: 22:4: invalid operation: cannot receive from non-channel int ch (variable of type int)
// Error: 23:2: invalid operation: cannot send to non-channel int ch (variable of type int)
// Error: 24:17: cannot use 1.5 (untyped float constant) as string value in variable declaration
// Error: 30:2: multiple defaults (first at ./prog.go:29:2)
// Error: 30:2: too many errors
