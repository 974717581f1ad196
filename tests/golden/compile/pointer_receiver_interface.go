// Methods with pointer receivers are not in the method set of the value type.
package main

import "fmt"

type Counter interface{ Inc() }

type Hits struct{ n int }

func (h *Hits) Inc() { h.n++ }

func bump(c Counter) { c.Inc() }

func main() {
	h := Hits{}
	bump(h)
	fmt.Println(h.n)
}

// Error: 16:7: cannot use h (variable of struct type Hits) as Counter value in argument to bump: Hits does not implement Counter (method Inc has pointer receiver)
