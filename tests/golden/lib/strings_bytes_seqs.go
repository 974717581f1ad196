// The iterator forms of strings and bytes (Go 1.24): Lines, SplitSeq,
// FieldsSeq, and the atomic And/Or operations (Go 1.23).
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
)

func main() {
	text := "alpha\nbeta\n\ngamma"
	lines := strings.Lines(text)
	for l := range lines {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	n := 0
	for range lines {
		n++
	}
	fmt.Println("again:", n)
	for p := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", p)
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("a,b", ",") {
		fmt.Printf("[%s]", p)
	}
	for f := range strings.FieldsSeq("  x  y z ") {
		fmt.Print(f, ";")
	}
	for f := range strings.FieldsFuncSeq("a1b22c", unicode.IsDigit) {
		fmt.Print(f, ";")
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("one\ntwo")) {
		fmt.Printf("%q len=%d cap=%d ", l, len(l), cap(l))
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte(" p q ")) {
		fmt.Printf("%s,", f)
	}
	fmt.Println()

	var flags atomic.Uint32
	var mask int64 = 0xFF
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			flags.Or(1 << i)
			atomic.AndInt64(&mask, ^(int64(1) << i))
		})
	}
	wg.Wait()
	fmt.Printf("%04b %x\n", flags.Load(), mask)
	var x atomic.Int32
	x.Store(6)
	fmt.Println(x.And(3), x.Load(), x.Or(8), x.Load())
}

// Output:
// "alpha\n" "beta\n" "\n" "gamma" 
// again: 0
// [a][b][][c]
// [a,][b]x;y;z;a;b;c;
// "one\n" len=4 cap=4 "two" len=3 cap=3 
// p,q,
// 1111 f0
// 6 2 2 10
