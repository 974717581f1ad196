// Cause in all its forms.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type custom struct {
	context.Context
	err error
}

func (c custom) Err() error { return c.err }

func main() {
	bg := context.Background()
	fmt.Println(context.Cause(bg), context.Cause(context.TODO()))
	c1, cancel1 := context.WithCancelCause(bg)
	fmt.Println(context.Cause(c1))
	boom := errors.New("boom")
	cancel1(boom)
	cancel1(errors.New("second"))
	fmt.Println(c1.Err(), context.Cause(c1), context.Cause(c1) == boom)
	c2, cancel2 := context.WithCancelCause(bg)
	cancel2(nil)
	fmt.Println(c2.Err(), context.Cause(c2))
	// Children inherit the cause.
	p, cp := context.WithCancelCause(bg)
	ch, cch := context.WithCancel(context.WithValue(p, "k", "v"))
	defer cch()
	cp(boom)
	fmt.Println(ch.Err(), context.Cause(ch))
	after, ca := context.WithCancel(p)
	defer ca()
	fmt.Println(after.Err(), context.Cause(after))
	// Timeout cause.
	t, ct := context.WithTimeoutCause(bg, time.Millisecond, errors.New("too slow"))
	defer ct()
	<-t.Done()
	fmt.Println(t.Err(), context.Cause(t))
	t2, ct2 := context.WithTimeout(bg, time.Millisecond)
	defer ct2()
	<-t2.Done()
	fmt.Println(t2.Err(), context.Cause(t2))
	// Canceled by its CancelFunc before the deadline: cause is Canceled.
	t3, ct3 := context.WithDeadlineCause(bg, time.Now().Add(time.Hour), errors.New("unused"))
	ct3()
	fmt.Println(t3.Err(), context.Cause(t3))
	// Past deadline with cause.
	t4, ct4 := context.WithDeadlineCause(bg, time.Now().Add(-time.Second), errors.New("late"))
	defer ct4()
	fmt.Println(t4.Err(), context.Cause(t4))
	// A timer child of a cause parent.
	p5, cp5 := context.WithCancelCause(bg)
	t5, ct5 := context.WithTimeout(p5, time.Hour)
	defer ct5()
	cp5(errors.New("p5"))
	fmt.Println(t5.Err(), context.Cause(t5))
	// WithoutCancel hides the cause.
	wc := context.WithoutCancel(c1)
	fmt.Println(wc.Err(), context.Cause(wc))
	// Custom context: Err without any cancelCtx.
	fmt.Println(context.Cause(custom{bg, errors.New("custom err")}))
	// Custom context around a live cancelCtx that claims an error.
	live, cl := context.WithCancelCause(bg)
	defer cl(nil)
	fmt.Println(context.Cause(custom{live, errors.New("claimed")}))
	// Custom context around a canceled cancelCtx that says nil.
	fmt.Println(context.Cause(custom{c1, nil}))
	fmt.Println(context.Cause(custom{c1, errors.New("other")}))
}
