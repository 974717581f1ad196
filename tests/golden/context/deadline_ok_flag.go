// Checks: Deadline() reports ok=false without a deadline and ok=true (inherited) with one.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	bg := context.Background()
	_, ok := bg.Deadline()
	fmt.Println("Background:", ok)

	c, cancel := context.WithCancel(bg)
	defer cancel()
	_, ok = c.Deadline()
	fmt.Println("WithCancel:", ok)

	when := time.Now().Add(time.Hour)
	d, cancelD := context.WithDeadline(bg, when)
	defer cancelD()
	got, ok := d.Deadline()
	fmt.Println("WithDeadline:", ok, got.Equal(when))

	// Children and value layers report the same deadline.
	v := context.WithValue(d, "k", "v")
	child, cancelChild := context.WithCancel(v)
	defer cancelChild()
	got, ok = child.Deadline()
	fmt.Println("child of WithDeadline:", ok, got.Equal(when))

	// WithoutCancel drops it.
	_, ok = context.WithoutCancel(d).Deadline()
	fmt.Println("WithoutCancel:", ok)
}

// Output:
// Background: false
// WithCancel: false
// WithDeadline: true true
// child of WithDeadline: true true
// WithoutCancel: false
