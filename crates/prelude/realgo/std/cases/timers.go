// time: Sleep, timers, tickers, After, AfterFunc with Go 1.23 semantics.
package main

import (
	"fmt"
	"time"
)

const ms = time.Millisecond

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func ready(c <-chan time.Time) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func main() {
	start := time.Now()
	time.Sleep(20 * ms)
	fmt.Println("slept", time.Since(start) >= 20*ms)
	time.Sleep(-1)
	time.Sleep(0)

	t := time.NewTimer(30 * ms)
	fmt.Println("len/cap", len(t.C), cap(t.C), ready(t.C))
	v := <-t.C
	fmt.Println("fired", v.Sub(start) >= 50*ms, t.Stop(), t.Reset(10*ms))
	<-t.C
	fmt.Println("reset fired")

	// A fired but unreceived value is thrown away by Stop: Stop says true.
	t2 := time.NewTimer(5 * ms)
	time.Sleep(40 * ms)
	fmt.Println("stop after expiry", t2.Stop(), ready(t2.C), t2.Stop())
	// ... and by Reset.
	t3 := time.NewTimer(5 * ms)
	time.Sleep(40 * ms)
	fmt.Println("reset after expiry", t3.Reset(time.Hour), ready(t3.C), t3.Stop(), t3.Stop())

	t4 := time.NewTimer(time.Hour)
	fmt.Println("stop pending", t4.Stop(), t4.Stop(), t4.Reset(5*ms))
	<-t4.C
	fmt.Println("t4 fired after reset")

	t5 := time.NewTimer(-time.Second)
	<-t5.C
	fmt.Println("negative fires at once")

	select {
	case <-time.After(10 * ms):
		fmt.Println("after")
	case <-time.After(time.Hour):
		fmt.Println("wrong")
	}

	done := make(chan string)
	af := time.AfterFunc(10*ms, func() { done <- "afterfunc ran" })
	fmt.Println(af.C == nil, <-done, af.Stop())
	af2 := time.AfterFunc(time.Hour, func() { fmt.Println("af2 runs after its Reset") })
	fmt.Println("afterfunc stop", af2.Stop(), af2.Stop(), af2.Reset(5*ms))
	time.Sleep(30 * ms)
	af3 := time.AfterFunc(time.Hour, func() { done <- "af3" })
	af3.Reset(5 * ms)
	fmt.Println(<-done)

	tk := time.NewTicker(10 * ms)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	fmt.Println("3 ticks", len(tk.C), cap(tk.C))
	time.Sleep(55 * ms)
	// Missed ticks are dropped: at most one waits.
	fmt.Println("one waiting", ready(tk.C), ready(tk.C))
	tk.Reset(20 * ms)
	fmt.Println("after reset", ready(tk.C))
	<-tk.C
	tk.Stop()
	time.Sleep(40 * ms)
	fmt.Println("stopped", ready(tk.C))
	tk.Stop()

	tick := time.Tick(5 * ms)
	<-tick
	fmt.Println("tick", time.Tick(0) == nil, time.Tick(-1) == nil)

	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("Ticker.Reset(-1)", func() { tk.Reset(-1) })
	try("zero Ticker Reset", func() { var z time.Ticker; z.Reset(time.Second) })
	try("zero Ticker Stop", func() { var z time.Ticker; z.Stop() })
	try("zero Timer Stop", func() { var z time.Timer; z.Stop() })
	try("zero Timer Reset", func() { var z time.Timer; z.Reset(time.Second) })
	fmt.Println("elapsed", time.Since(start) > 300*ms)
}
