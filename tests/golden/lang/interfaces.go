// A type satisfies an interface implicitly; calls dispatch on the dynamic type.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (s *Square) Area() float64 { return s.S * s.S }
func (s *Square) Name() string  { return "square" }

type Namer interface{ Name() string }

func describe(s Shape) string {
	return fmt.Sprintf("%s with area %.2f", s.Name(), s.Area())
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{1.5}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	var n Namer = shapes[1]
	fmt.Println(n.Name())
	var empty interface{} = 42
	fmt.Println(empty)
	empty = "now a string"
	fmt.Println(empty)
	var any1 any = Rect{1, 2}
	_, isShape := any1.(Shape)
	_, isSquare := any1.(*Square)
	fmt.Println(isShape, isSquare)
}

// Output:
// rect with area 6.00
// square with area 2.25
// rect with area 1.00
// square
// 42
// now a string
// true false
