// Value lookups through every kind of layer, shadowing, key types.
package main

import (
	"context"
	"fmt"
	"time"
)

type keyA string
type keyB string
type ptrKey struct{ n int }
type iface interface{ M() }
type impl int

func (impl) M() {}

type custom struct{ context.Context }

func (c custom) Value(key any) any {
	if key == "custom" {
		return "from custom"
	}
	return c.Context.Value(key)
}

func main() {
	bg := context.Background()
	c := context.WithValue(bg, keyA("k"), "A")
	c = context.WithValue(c, keyB("k"), "B")
	c = context.WithValue(c, "k", "plain")
	fmt.Println(c.Value(keyA("k")), c.Value(keyB("k")), c.Value("k"), c.Value("missing"))
	c = context.WithValue(c, keyA("k"), "A2")
	fmt.Println(c.Value(keyA("k")))
	cc, cancel := context.WithCancel(c)
	defer cancel()
	t, ct := context.WithTimeout(cc, time.Hour)
	defer ct()
	w := context.WithoutCancel(t)
	x := context.WithValue(w, 7, "seven")
	y := custom{x}
	z, cz := context.WithCancel(y)
	defer cz()
	fmt.Println(z.Value(keyA("k")), z.Value(7), z.Value("custom"), z.Value(int64(7)), z.Value(impl(1)))
	p1, p2 := &ptrKey{1}, &ptrKey{1}
	pc := context.WithValue(bg, p1, "p1")
	fmt.Println(pc.Value(p1), pc.Value(p2), pc.Value(ptrKey{1}))
	sc := context.WithValue(bg, ptrKey{2}, "struct")
	fmt.Println(sc.Value(ptrKey{2}), sc.Value(ptrKey{3}))
	var k iface = impl(3)
	ic := context.WithValue(bg, k, "iface")
	fmt.Println(ic.Value(impl(3)), ic.Value(k))
	nc := context.WithValue(bg, "n", nil)
	fmt.Println(nc.Value("n") == nil)
	arr := context.WithValue(bg, [2]int{1, 2}, "arr")
	fmt.Println(arr.Value([2]int{1, 2}))
	// Canceling does not lose values.
	cancel()
	fmt.Println(z.Value(keyB("k")), t.Value("k"), cc.Err(), t.Err(), w.Err(), z.Err())
	// Values on a canceled context still readable; Background has none.
	fmt.Println(bg.Value(keyA("k")), context.TODO().Value(nil))
	// A nil-keyed lookup is just "not found".
	fmt.Println(c.Value(nil))
}
