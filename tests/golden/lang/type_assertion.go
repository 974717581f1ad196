// A type assertion with comma-ok never panics; it yields the zero value and false on mismatch.
package main

import "fmt"

type Walker interface{ Walk() string }
type Talker interface{ Talk() string }

type Robot struct{ id int }

func (r Robot) Walk() string { return fmt.Sprint("robot ", r.id, " walks") }

func main() {
	var v any = 3
	n, ok := v.(int)
	fmt.Println(n, ok)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := v.(float64)
	fmt.Println(f, ok)

	var w Walker = Robot{7}
	r := w.(Robot)
	fmt.Println(r.id, r.Walk())
	t, ok := w.(Talker)
	fmt.Println(t == nil, ok)
	_, ok = w.(interface{ Walk() string })
	fmt.Println(ok)

	var empty any
	_, ok = empty.(int)
	fmt.Println(ok)

	if rp, ok := v.(*Robot); !ok {
		fmt.Println("not a *Robot", rp == nil)
	}
}

// Output:
// 3 true
// "" false
// 0 false
// 7 robot 7 walks
// true false
// true
// false
// not a *Robot true
