// A pointer to a struct prints as &{...}; nested structs print recursively with %v and %+v.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	ID    int
	In    Inner
	List  []Inner
	Err   error
	Extra any
}

type empty struct{}

func main() {
	in := Inner{1, "x"}
	fmt.Println(in, &in)
	fmt.Printf("%v %+v\n", &in, &in)
	o := Outer{ID: 9, In: in, List: []Inner{{2, "y"}, {3, ""}}}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%+v\n", &o)
	fmt.Println(empty{}, &empty{})
	fmt.Println([]*Inner{} == nil, [2]Inner{})
	fmt.Printf("%s\n", Inner{5, "five"})
	fmt.Printf("%d\n", Inner{5, "five"})
	type pair struct {
		k string
		v float64
	}
	fmt.Printf("%v %+v\n", pair{"pi", 3.14}, pair{"e", 2.72})
}

// Output:
// {1 x} &{1 x}
// &{1 x} &{A:1 B:x}
// {9 {1 x} [{2 y} {3 }] <nil> <nil>}
// {ID:9 In:{A:1 B:x} List:[{A:2 B:y} {A:3 B:}] Err:<nil> Extra:<nil>}
// &{ID:9 In:{A:1 B:x} List:[{A:2 B:y} {A:3 B:}] Err:<nil> Extra:<nil>}
// {} &{}
// false [{0 } {0 }]
// {%!s(int=5) five}
// {5 %!d(string=five)}
// {pi 3.14} {k:e v:2.72}
