// A field or method on the outer type shadows the promoted one from an embedded type.
package main

import "fmt"

type Base struct {
	ID   int
	Kind string
}

func (b Base) Hello() string { return "base hello " + b.Kind }
func (b Base) Who() string   { return "base " + b.Kind }

type Derived struct {
	Base
	Kind string
}

func (d Derived) Hello() string { return "derived hello, inner says: " + d.Base.Hello() }

type Greeter interface{ Hello() string }

func main() {
	d := Derived{Base: Base{ID: 1, Kind: "inner"}, Kind: "outer"}
	fmt.Println(d.Kind, d.Base.Kind, d.ID)
	fmt.Println(d.Hello())
	fmt.Println(d.Who())
	var g Greeter = d
	fmt.Println(g.Hello())
	g = d.Base
	fmt.Println(g.Hello())
	d.Kind = "changed"
	fmt.Println(d.Who(), "|", d.Kind)
}

// Output:
// outer inner 1
// derived hello, inner says: base hello inner
// base inner
// derived hello, inner says: base hello inner
// base hello inner
// base inner | changed
