// Redeclarations and := with nothing new.
package main

import "sync"

var mu sync.Mutex
var mu /* ERROR "mu redeclared in this block\n\t./prog.go:6:5: other declaration of mu" */ sync.RWMutex

func helper() {}

func helper /* ERROR "helper redeclared in this block\n\t./prog.go:9:6: other declaration of helper" */() {}

func main() {
	a := 1
	a := /* ERROR "no new variables on left side of :=" */ 2
	b, b /* ERROR "b repeated on left side of :=" */ := 1, 2
	var c int
	var c /* ERROR "c redeclared in this block\n\t./prog.go:17:6: other declaration of c" */ string
	x /* ERROR "undefined: x" */ /* ERROR "non-name x.y on left side of :=" */.y := 3
	_ = a + b
	_ = c
}
