// Closures passed to goroutines with the wrong shape.
package main

import "sync"

func run(n int, f func(int) error) {}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func /* ERROR "not enough arguments in call to func(n int) {…}\n\thave ()\n\twant (int)" */(n int) {
			defer wg.Done()
		}()
		go func() {
			defer wg.Done()
		}(i /* ERROR "too many arguments in call to func() {…}\n\thave (int)\n\twant ()" */)
	}
	run(1, func /* ERROR "cannot use func(int) {} (value of type func(int)) as func(int) error value in argument to run" */(int) {})
	run(1, func /* ERROR "cannot use func() error {…} (value of type func() error) as func(int) error value in argument to run" */() error { return nil })
	wg.Go(func /* ERROR "cannot use func() error {…} (value of type func() error) as func() value in argument to wg.Go" */() error { return nil })
	results := make(chan int)
	go func() {
		results <- "done" /* ERROR "cannot use \"done\" (untyped string constant) as int value in send" */
	}()
	wg.Wait()
}
