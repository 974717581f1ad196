// iota counts from 0 in each const block and implicit repetition reuses the previous expression.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "x"
	y
	z = iota
)

const big = 1 << 100
const small = big >> 98

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z)
	fmt.Println(small)
	const typed int8 = 100
	fmt.Printf("%T %T %T\n", typed, small, Monday)
}

// Output:
// 0 1 2 4
// 1024 1048576 1073741824
// 0 0 1 10 2 20
// x x 2
// 4
// int8 int main.Weekday
