// A type assertion on a nil interface value panics saying the interface is nil.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func find(name string) Shape {
	if name == "square" {
		return Square{2}
	}
	return nil
}

func main() {
	fmt.Println(find("square").(Square).Area())
	sq := find("circle").(Square)
	fmt.Println("unreachable", sq)
}

// Output:
// 4
// Exit: 2
// Stderr: panic: interface conversion: main.Shape is nil, not main.Square
