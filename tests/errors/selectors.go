// Fields and methods that do not exist, or are reached the wrong way.
package main

import (
	"strings"
	"sync"
)

type inner struct{ id int }
type a struct{ inner }
type b struct{ inner }
type both struct {
	a
	b
}

type server struct {
	mu    sync.Mutex
	conns int
}

func main() {
	var x both
	_ = x.id /* ERROR "ambiguous selector x.id" */
	s := &server{}
	s.Lock /* ERROR "s.Lock undefined (type *server has no field or method Lock)" */()
	s.mu.Lok /* ERROR "s.mu.Lok undefined (type \"sync\".Mutex has no field or method Lok)" */()
	_ = s.count /* ERROR "s.count undefined (type *server has no field or method count)" */
	_ = strings.Splt /* ERROR "undefined: strings.Splt" */("a,b", ",")
	_ = strings.builder /* ERROR "undefined: strings.builder (but have Builder)" */{}
	var p *server
	_ = p.mu.state /* ERROR "p.mu.state undefined (type \"sync\".Mutex has no field or method state)" */
}
