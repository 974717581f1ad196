// sync.OnceFunc/OnceValue/OnceValues run f once across goroutines and cache its results; after a panic every call panics again with the same value.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type config struct {
	name string
	size int
}

func main() {
	// Ten goroutines race to load the config; f runs once and all of them
	// get the same pointer.
	loads := 0
	load := sync.OnceValue(func() *config {
		loads++
		return &config{"prod", 42}
	})
	var wg sync.WaitGroup
	got := make([]*config, 10)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = load()
		}()
	}
	wg.Wait()
	same := true
	for _, c := range got {
		same = same && c == got[0]
	}
	fmt.Println(loads, same, *got[0], load() == got[0])

	// OnceValues keeps both results, an error included.
	parses := 0
	parse := sync.OnceValues(func() (int, error) {
		parses++
		return strconv.Atoi("12x")
	})
	for i := 0; i < 3; i++ {
		n, err := parse()
		fmt.Println(n, err)
	}
	fmt.Println("parses:", parses)
	pair := sync.OnceValues(func() (string, []int) { return "xs", []int{1, 2} })
	s, xs := pair()
	xs[0] = 9
	s2, xs2 := pair()
	fmt.Println(s, s2, xs2)

	// OnceFunc from several goroutines.
	inits := 0
	initOnce := sync.OnceFunc(func() { inits++ })
	for i := 0; i < 5; i++ {
		wg.Go(initOnce)
	}
	wg.Wait()
	initOnce()
	fmt.Println("inits:", inits)

	// A panicking f: the first call and every later one panic with the
	// same value, and f is not run again.
	runs := 0
	errBoom := errors.New("boom")
	risky := sync.OnceValue(func() int {
		runs++
		panic(errBoom)
	})
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				r := recover()
				fmt.Println("recovered:", r, r == errBoom)
			}()
			fmt.Println("value:", risky())
		}()
	}
	fmt.Println("runs:", runs)

	// The same for OnceFunc, with the second call made by another goroutine.
	bad := sync.OnceFunc(func() { panic("setup failed") })
	done := make(chan any)
	for i := 0; i < 2; i++ {
		go func() {
			defer func() { done <- recover() }()
			bad()
		}()
		fmt.Println("goroutine recovered:", <-done)
	}
}

// Output:
// 1 true {prod 42} true
// 0 strconv.Atoi: parsing "12x": invalid syntax
// 0 strconv.Atoi: parsing "12x": invalid syntax
// 0 strconv.Atoi: parsing "12x": invalid syntax
// parses: 1
// xs xs [9 2]
// inits: 1
// recovered: boom true
// recovered: boom true
// recovered: boom true
// runs: 1
// goroutine recovered: setup failed
// goroutine recovered: setup failed
