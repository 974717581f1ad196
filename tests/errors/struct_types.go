// Struct and type declarations that are invalid.
package main

type node /* ERROR "invalid recursive type: node refers to itself" */ struct {
	next node
}

type pair struct {
	a int
	a /* ERROR "a redeclared\n\t./prog.go:9:2: other declaration of a" */ string
}

type counter int

func (c counter) Inc() {}
func (c counter) Inc /* ERROR "method counter.Inc already declared at ./prog.go:15:18" */() {}

type cache struct{ size int }

func (c cache) size /* ERROR "field and method with the same name size\n\t./prog.go:18:20: other declaration of size" */() int { return 0 }

func main() {
	var arr [- /* ERROR "invalid array length -1 (untyped int constant)" */1]int
	_ = arr
	var c counter
	c.Inc()
}
