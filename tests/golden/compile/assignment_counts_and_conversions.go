package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1
	c := two()
	var d, e int = 1, 2, 3
	var s string
	var n int
	if s == n {
	}
	var i int = 2.5
	var u uint8 = 256
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add()
	ch := make(chan int)
	close(ch, ch)
	time.Sleep("1s")
	x, y := <-ch, 1, 2
	fmt.Println(a, b, c, d, e, i, u, ctx, cancel, x, y)
}

// Error: 13:10: assignment mismatch: 2 variables but 1 value
// Error: 14:7: assignment mismatch: 1 variable but two returns 2 values
// Error: 15:23: extra init expr 3
// Error: 18:10: invalid operation: s == n (mismatched types string and int)
// Error: 20:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)
// Error: 21:16: cannot use 256 (untyped int constant) as uint8 value in variable declaration (overflows)
// Error: 24:2: not enough arguments in call to wg.Add
// Error: 	have ()
// Error: 	want (int)
// Error: 26:2: invalid operation: too many arguments for close(ch, ch) (expected 1, found 2)
// Error: 27:13: cannot use "1s" (untyped string constant) as time.Duration value in argument to time.Sleep
// Error: 28:10: assignment mismatch: 2 variables but 3 values
// Error: 28:10: too many errors
