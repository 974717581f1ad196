// String of children of an afterFuncer parent (their parent is a stopCtx).
package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

type afCtx struct{ ch chan struct{} }

func (a afCtx) Deadline() (time.Time, bool)    { return time.Time{}, false }
func (a afCtx) Done() <-chan struct{}          { return a.ch }
func (a afCtx) Err() error                     { return nil }
func (a afCtx) Value(key any) any              { return nil }
func (a afCtx) AfterFunc(f func()) func() bool { return func() bool { return true } }
func (a afCtx) String() string                 { return "afCtx" }

type quiet struct{ afCtx }

func (quiet) String() string { return "quiet" }

func main() {
	p := afCtx{make(chan struct{})}
	c, cancel := context.WithCancel(p)
	defer cancel()
	fmt.Println(c)
	fmt.Printf("%T\n", c)
	t, ct := context.WithTimeout(p, time.Hour)
	defer ct()
	s := fmt.Sprint(t)
	fmt.Println(s[:strings.Index(s, "(")])
	fmt.Println(context.WithValue(c, "a", "b"))
	fmt.Println(context.WithoutCancel(c))
	c2, cancel2 := context.WithCancel(c)
	defer cancel2()
	fmt.Println(c2)
	c3, cancel3 := context.WithCancel(&quiet{p})
	defer cancel3()
	fmt.Println(c3)
}
