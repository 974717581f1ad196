// Setting a channel variable to nil disables its select case, a common way to merge channels until both close.
package main

import "fmt"

func source(vals ...int) chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	a := source(1, 2, 3)
	b := source(10, 20)
	sumA, sumB, n := 0, 0, 0
	closed := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println(sumA, sumB, n, closed)
	fmt.Println(a == nil, b == nil)
}

// Output:
// 6 30 5 2
// true true
