// fmt uses Error() for errors and String() for Stringers; Error wins when a type has both.
package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Both struct{}

func (Both) String() string { return "from String" }
func (Both) Error() string  { return "from Error" }

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprint("ptr#", p.v) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v %s %d %q\n", Color(1), Color(1), Color(1), Color(1))
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(map[Color]int{1: 10, 0: 5})
	fmt.Println(Both{})
	var e error = Both{}
	fmt.Printf("%v|%s\n", e, e)
	ps := PtrStringer{3}
	fmt.Println(&ps, ps)
	fmt.Println(Temp(21.55), []Temp{1, 2})
	type wrap struct{ C Color }
	fmt.Printf("%v %+v\n", wrap{1}, wrap{0})
	s := fmt.Sprintf("%v and %v", Color(0), Temp(-3))
	fmt.Println(s)
}

// Output:
// red green Color(7)
// green green 1 "green"
// [red green Color(2)]
// map[red:5 green:10]
// from Error
// from Error|from Error
// ptr#3 {3}
// 21.6°C [1.0°C 2.0°C]
// {green} {C:red}
// red and -3.0°C
