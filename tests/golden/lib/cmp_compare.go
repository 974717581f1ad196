// cmp.Compare and cmp.Less order NaN before every number and equal to itself, -0.0 equal to 0.0; cmp.Or returns the first non-zero value.
package main

import (
	"cmp"
	"fmt"
	"math"
)

type celsius float64

type level string

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	negZero := math.Copysign(0, -1)
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("apple", "apricot"), cmp.Compare("b", "a"), cmp.Compare("", ""))
	fmt.Println(cmp.Compare(nan, nan), cmp.Compare(nan, -inf), cmp.Compare(-inf, nan), cmp.Compare(nan, 0.0))
	fmt.Println(cmp.Compare(negZero, 0.0), cmp.Less(negZero, 0.0), cmp.Less(0.0, negZero))
	fmt.Println(cmp.Less(nan, -inf), cmp.Less(-inf, nan), cmp.Less(nan, nan), cmp.Less(1.5, 2.5))
	fmt.Println(cmp.Compare(float32(nan), float32(1)), cmp.Less(uint8(200), uint8(100)))
	fmt.Println(cmp.Compare(celsius(-4.5), celsius(3)), cmp.Less[level]("debug", "info"))
	fmt.Println(cmp.Compare(int8(-128), int8(127)), cmp.Compare(uintptr(7), uintptr(7)))
	fmt.Printf("%q %q\n", cmp.Or("", "", "fallback", "later"), cmp.Or("", ""))
	fmt.Println(cmp.Or(0, 0, 42, 7), cmp.Or[int](), cmp.Or(0.0, negZero, 2.5))
	type point struct{ x, y int }
	fmt.Println(cmp.Or(point{}, point{0, 3}, point{1, 1}))
	var e1, e2 error
	fmt.Println(cmp.Or(e1, e2) == nil)
	ptr := new(int)
	fmt.Println(cmp.Or(nil, ptr) == ptr)
}

// Output:
// -1 0 1
// -1 1 0
// 0 -1 1 -1
// 0 false false
// true false false true
// -1 false
// -1 true
// -1 0
// "fallback" ""
// 42 0 2.5
// {0 3}
// true
// true
