// strings.Builder accumulates text efficiently with WriteString, WriteByte, WriteRune and fmt.Fprintf.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.WriteRune('世')
	n, err := b.WriteString("!")
	fmt.Println(n, err)
	fmt.Println(b.String(), b.Len())
	fmt.Fprintf(&b, " %d+%d=%d", 2, 3, 2+3)
	fmt.Println(b.String())
	b.Reset()
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, i*i)
	}
	fmt.Println("[" + b.String() + "]")
	var lines strings.Builder
	for _, w := range []string{"alpha", "beta"} {
		lines.WriteString(strings.ToUpper(w[:1]) + w[1:] + "\n")
	}
	fmt.Print(lines.String())
}

// Output:
// 0 true
// 1 <nil>
// hello, 世! 11
// hello, 世! 2+3=5
// [0, 1, 4, 9, 16]
// Alpha
// Beta
