// Structs of comparable fields compare field by field with == and can be map keys.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{1, 2}
	p3 := Point{2, 1}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	l1 := Line{p1, p3, "l"}
	l2 := Line{Point{1, 2}, Point{2, 1}, "l"}
	fmt.Println(l1 == l2)
	l2.Label = "m"
	fmt.Println(l1 == l2)
	seen := map[Point]bool{}
	for _, p := range []Point{p1, p2, p3, {0, 0}} {
		if seen[p] {
			fmt.Println("duplicate", p)
		}
		seen[p] = true
	}
	fmt.Println(len(seen))
	pa, pb := &Point{1, 1}, &Point{1, 1}
	fmt.Println(pa == pb, *pa == *pb)
	var a, b any = p1, p2
	fmt.Println(a == b)
	var c any = Line{}
	fmt.Println(a == c, c == Line{})
	fmt.Println(struct{}{} == struct{}{})
}

// Output:
// true false true
// true
// false
// duplicate {1 2}
// 3
// false true
// true
// false true
// true
