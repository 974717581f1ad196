// Panics raised by the package and by misuse, recovered and printed.
package main

import (
	"context"
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

type S struct{ xs []int }

func main() {
	var nilCtx context.Context
	bg := context.Background()
	try("WithCancel", func() { context.WithCancel(nilCtx) })
	try("WithCancelCause", func() { context.WithCancelCause(nilCtx) })
	try("WithDeadline", func() { context.WithDeadline(nilCtx, time.Now()) })
	try("WithDeadlineCause", func() { context.WithDeadlineCause(nilCtx, time.Now(), nil) })
	try("WithTimeout", func() { context.WithTimeout(nilCtx, time.Second) })
	try("WithTimeoutCause", func() { context.WithTimeoutCause(nilCtx, time.Second, nil) })
	try("WithValue", func() { context.WithValue(nilCtx, "k", "v") })
	try("WithValue nil parent nil key", func() { context.WithValue(nilCtx, nil, "v") })
	try("WithoutCancel", func() { context.WithoutCancel(nilCtx) })
	try("AfterFunc", func() { context.AfterFunc(nilCtx, func() {}) })
	try("Cause", func() { context.Cause(nilCtx) })
	try("nil key", func() { context.WithValue(bg, nil, "v") })
	try("slice key", func() { context.WithValue(bg, []int{1}, "v") })
	try("map key", func() { context.WithValue(bg, map[int]int{}, "v") })
	try("func key", func() { context.WithValue(bg, func() {}, "v") })
	try("struct key", func() { context.WithValue(bg, S{}, "v") })
	try("array of slices key", func() { context.WithValue(bg, [1][]int{}, "v") })
	try("pointer key", func() { context.WithValue(bg, &S{}, "v") })
	try("interface-typed nil error key", func() {
		var e error
		context.WithValue(bg, e, "v")
	})
	try("nil cancel func value", func() { context.WithValue(bg, "k", nil) })
	try("Value with slice key", func() { bg.Value([]int{}) })
	try("valueCtx.Value with slice key", func() {
		fmt.Println(context.WithValue(bg, "k", 1).Value([]int{}))
	})
}
