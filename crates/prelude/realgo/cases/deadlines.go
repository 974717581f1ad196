// Deadline(), timers firing, earlier/later parent deadlines, past deadlines.
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
)

func main() {
	bg := context.Background()
	d := time.Now().Add(time.Hour)
	c, cancel := context.WithDeadline(bg, d)
	dl, ok := c.Deadline()
	fmt.Println(dl.Equal(d), ok, c.Err())
	// child with later deadline inherits the earlier one
	c2, cancel2 := context.WithDeadline(c, d.Add(time.Hour))
	dl2, ok2 := c2.Deadline()
	fmt.Println(dl2.Equal(d), ok2)
	// child with an earlier deadline keeps its own
	c3, cancel3 := context.WithDeadline(c, d.Add(-time.Minute))
	dl3, _ := c3.Deadline()
	fmt.Println(dl3.Equal(d.Add(-time.Minute)))
	// equal deadline: a new timerCtx (not Before)
	c4, cancel4 := context.WithDeadline(c, d)
	fmt.Printf("%T %T %T\n", c2, c3, c4)
	cancel()
	fmt.Println(c2.Err(), c3.Err(), c4.Err())
	cancel2()
	cancel3()
	cancel4()
	// Values and WithValue keep the deadline.
	v := context.WithValue(c, "k", 1)
	_, ok = v.Deadline()
	fmt.Println(ok)
	_, ok = context.WithoutCancel(c).Deadline()
	fmt.Println(ok)

	// Short timeout fires.
	start := time.Now()
	t, ct := context.WithTimeout(bg, 20*time.Millisecond)
	defer ct()
	<-t.Done()
	el := time.Since(start)
	fmt.Println(t.Err(), errors.Is(t.Err(), context.DeadlineExceeded), el >= 20*time.Millisecond, el < 2*time.Second)
	ct()
	fmt.Println(t.Err())
	// Child of an expiring parent gets DeadlineExceeded too.
	p, cp := context.WithTimeout(bg, 5*time.Millisecond)
	defer cp()
	ch, cch := context.WithCancel(context.WithValue(p, "x", 1))
	defer cch()
	<-ch.Done()
	fmt.Println(ch.Err(), context.Cause(ch))
	// Past and zero deadlines.
	z, cz := context.WithDeadline(bg, time.Time{})
	defer cz()
	fmt.Println(z.Err())
	neg, cn := context.WithTimeout(bg, -time.Second)
	fmt.Println(neg.Err())
	cn()
	fmt.Println(neg.Err(), context.Cause(neg))
	zero, c0 := context.WithTimeout(bg, 0)
	defer c0()
	fmt.Println(zero.Err())
	// Child under an expired parent, with later deadline: canceled at once.
	late, cl := context.WithTimeout(neg, time.Hour)
	defer cl()
	fmt.Println(late.Err())
	// Timer stopped by cancel: nothing fires later.
	x, cx := context.WithTimeout(bg, 10*time.Millisecond)
	cx()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(x.Err(), context.Cause(x))
	for i := 0; i < 2000 && runtime.NumGoroutine() != 1; i++ {
		time.Sleep(100 * time.Microsecond)
	}
	fmt.Println(runtime.NumGoroutine())
}
