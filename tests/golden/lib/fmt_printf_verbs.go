// Printf verbs %v %+v %d %s %q %t %x %X %c %U %T %p-free formatting of common values.
package main

import "fmt"

type User struct {
	Name  string
	Admin bool
	Score int
}

func main() {
	u := User{"ann", true, 7}
	fmt.Printf("%v|%+v\n", u, u)
	fmt.Printf("%d %d %d\n", 42, -7, int8(3))
	fmt.Printf("%s|%q|%v\n", "hi", "hi \"there\"\n", "hi")
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%x %X %x %x\n", 255, 255, "hey", []byte{1, 171})
	fmt.Printf("%o %b %#x %#o\n", 8, 5, 255, 8)
	fmt.Printf("%c %c %U %q\n", 'G', 0x4e16, 'G', 'G')
	fmt.Printf("%T %T %T %T %T %T\n", u, &u, 1.5, "s", []int{}, map[string]bool{})
	fmt.Printf("%T %T %T\n", nil, 'x', struct{}{})
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
}

// Output:
// {ann true 7}|{Name:ann Admin:true Score:7}
// 42 -7 3
// hi|"hi \"there\"\n"|hi
// true false
// ff FF 686579 01ab
// 10 101 0xff 010
// G 世 U+0047 'G'
// main.User *main.User float64 string []int map[string]bool
// <nil> int32 struct {}
// [1 2] [3 4]
// ["a" "b c"]
// %!d(string=str) %!s(int=5)
// 1
// %!(EXTRA int=2)1 %!d(MISSING)
// %!!(MISSING)
// %!z(int=3)
