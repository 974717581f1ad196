// sync.OnceFunc, OnceValue and OnceValues wrap a function so it runs at most once and remembers its results.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	count := 0
	initialize := sync.OnceFunc(func() {
		count++
		fmt.Println("initializing")
	})
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			initialize()
		}()
	}
	wg.Wait()
	initialize()
	fmt.Println("count", count)

	computed := 0
	answer := sync.OnceValue(func() int {
		computed++
		return 6 * 7
	})
	fmt.Println(answer(), answer(), computed)

	parse := sync.OnceValues(func() (int, error) {
		return 0, errors.New("bad input")
	})
	v, err := parse()
	v2, err2 := parse()
	fmt.Println(v, err, v2, err2 == err)

	boom := sync.OnceFunc(func() { panic("once panic") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("call", i, "recovered:", recover()) }()
			boom()
		}()
	}
}

// Output:
// initializing
// count 1
// 42 42 1
// 0 bad input 0 true
// call 0 recovered: once panic
// call 1 recovered: once panic
