// bytes.Buffer grows like Go's: 64 bytes for a small first write, then at least doubling through append's size classes; reads free space that later writes reuse.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap(), b.Available())
	var caps []int
	for i := 0; i < 12; i++ {
		b.WriteString("0123456789")
		caps = append(caps, b.Cap())
	}
	fmt.Println(caps)

	// Reset keeps the memory.
	b.Reset()
	fmt.Println(b.Len(), b.Cap())

	// A first write larger than 64 bytes allocates just what append gives.
	var c bytes.Buffer
	c.Write(make([]byte, 100))
	fmt.Println(c.Len(), c.Cap())
	c.WriteByte('x')
	n, _ := c.WriteRune('世')
	fmt.Println(n, c.Len(), c.Cap())

	// Grow reserves room without changing the contents.
	var d bytes.Buffer
	d.Grow(1000)
	fmt.Println(d.Len(), d.Cap())
	d.WriteString(strings.Repeat("z", 1000))
	fmt.Println(d.Len(), d.Cap())
	d.WriteByte('!')
	fmt.Println(d.Len(), d.Cap())

	// When most of the buffer has been read, a write slides the unread
	// bytes to the front instead of allocating.
	e := bytes.NewBuffer(make([]byte, 0, 100))
	e.WriteString(strings.Repeat("a", 90))
	e.Next(80)
	e.WriteString(strings.Repeat("b", 30))
	fmt.Println(e.Len(), e.Cap(), e.String()[:12])

	// Reading everything and then writing starts again at the front.
	f := bytes.NewBuffer(make([]byte, 0, 16))
	f.WriteString("0123456789")
	f.Next(10)
	f.WriteString("abcdefghijklmn")
	fmt.Println(f.Len(), f.Cap(), f.String())

	// AvailableBuffer is the free room, to append to and Write back.
	g := bytes.NewBuffer(make([]byte, 0, 32))
	g.WriteString("n=")
	ab := g.AvailableBuffer()
	fmt.Println(len(ab), cap(ab), g.Available())
	ab = append(ab, "42"...)
	g.Write(ab)
	fmt.Println(g.String(), g.Cap())

	// Truncate keeps the first n unread bytes.
	g.Truncate(1)
	fmt.Printf("%q %d\n", g.String(), g.Len())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	fmt.Println(bytes.MinRead)
}

// Output:
// 0 0 true
// 5 64 59
// [64 64 64 64 64 128 128 128 128 128 128 128]
// 0 128
// 100 112
// 3 104 112
// 0 1024
// 1000 1024
// 1001 1024
// 40 100 aaaaaaaaaabb
// 14 16 abcdefghijklmn
// 0 30 30
// n=42 32
// "n" 1
// <nil>
// 512
