// String() of every context kind, and how fmt prints them.
package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

type myCtx struct{ context.Context }

type named struct{}

func (named) String() string { return "named!" }

type keyT string

func main() {
	bg := context.Background()
	fmt.Println(bg)
	fmt.Println(context.TODO())
	fmt.Printf("%v|%s|%T|%T\n", bg, context.TODO(), bg, context.TODO())
	c1, cancel := context.WithCancel(bg)
	defer cancel()
	fmt.Println(c1)
	fmt.Printf("%T\n", c1)
	c2, cancel2 := context.WithCancelCause(context.TODO())
	defer cancel2(nil)
	fmt.Println(c2)
	fmt.Println(context.WithValue(bg, "k", "v"))
	fmt.Println(context.WithValue(bg, 1, 2))
	fmt.Println(context.WithValue(bg, keyT("k"), 2.5))
	fmt.Println(context.WithValue(bg, named{}, nil))
	fmt.Println(context.WithValue(bg, &named{}, []int{1}))
	fmt.Println(context.WithValue(bg, struct{ a int }{1}, map[string]int{}))
	fmt.Println(context.WithValue(bg, "err", context.Canceled))
	fmt.Printf("%T\n", context.WithValue(bg, "k", "v"))
	fmt.Println(context.WithoutCancel(c1))
	fmt.Printf("%T\n", context.WithoutCancel(c1))
	fmt.Println(context.WithoutCancel(myCtx{bg}))
	c3, cancel3 := context.WithCancel(myCtx{bg})
	defer cancel3()
	fmt.Println(c3)
	c4, cancel4 := context.WithCancel(&myCtx{c1})
	defer cancel4()
	fmt.Println(c4)
	v := context.WithValue(context.WithValue(c1, "a", "b"), 3, "x")
	c5, cancel5 := context.WithCancel(v)
	defer cancel5()
	fmt.Println(c5)
	d := time.Date(2099, 1, 2, 3, 4, 5, 6, time.UTC)
	c6, cancel6 := context.WithDeadline(c5, d)
	defer cancel6()
	s := fmt.Sprint(c6)
	fmt.Println(s[:strings.Index(s, "[")])
	fmt.Printf("%T\n", c6)
	c7, cancel7 := context.WithTimeout(bg, time.Hour)
	defer cancel7()
	s = fmt.Sprint(c7)
	fmt.Println(strings.HasPrefix(s, "context.Background.WithDeadline("), strings.HasSuffix(s, "])"))
	// A later deadline under an earlier one is a plain WithCancel.
	c8, cancel8 := context.WithDeadline(c6, d.Add(time.Hour))
	defer cancel8()
	s = fmt.Sprint(c8)
	fmt.Println(s[strings.Index(s, "])")+2:])
	fmt.Printf("%T\n", c8)
	past, cancel9 := context.WithDeadline(bg, time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC))
	defer cancel9()
	s = fmt.Sprint(past)
	fmt.Println(s[:strings.Index(s, "[")], past.Err())
}
