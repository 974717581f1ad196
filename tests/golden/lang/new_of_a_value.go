// new(v), new since Go 1.26, makes a variable of v's default type holding v; new(T) still makes a zero T.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	p := new(point{1, 2})
	s := new([]int{1, 2})
	f := new(1.5)
	r := new('x')
	str := new("hi")
	b := new(3 > 2)
	var i any = 7
	ip := new(i)
	*f *= 2
	fmt.Println(*p, *s, *f, *r, *str, *b, *ip)
	fmt.Printf("%T %T %T %T %T\n", f, r, str, b, ip)
	q := new(*p)
	q.x = 9
	fmt.Println(p.x, q.x)
}

// Output:
// {1 2} [1 2] 3 120 hi true 7
// *float64 *int32 *string *bool *interface {}
// 1 9
