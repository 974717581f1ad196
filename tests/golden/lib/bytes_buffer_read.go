// bytes.Buffer reads: Read, ReadByte, ReadRune, ReadString, ReadBytes, Next, Peek, the Unread rules and their errors, ReadFrom and WriteTo.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// trickle returns at most n bytes per Read.
type trickle struct {
	data string
	n    int
}

func (t *trickle) Read(p []byte) (int, error) {
	if t.data == "" {
		return 0, io.EOF
	}
	k := min(t.n, len(p), len(t.data))
	copy(p, t.data[:k])
	t.data = t.data[k:]
	return k, nil
}

// shortWriter accepts at most max bytes per Write.
type shortWriter struct {
	max int
	got string
}

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		w.got += string(p[:w.max])
		return w.max, errors.New("disk full")
	}
	w.got += string(p)
	return len(p), nil
}

func main() {
	b := bytes.NewBufferString("line1\nline2\nrest")
	s, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, err := b.ReadBytes('\n')
	fmt.Printf("%q %v\n", line, err)
	fmt.Println(b.UnreadByte(), b.UnreadByte())
	s, err = b.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = b.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = b.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	r := bytes.NewBufferString("héllo, world")
	c, size, err := r.ReadRune()
	fmt.Println(c, size, err)
	c, size, err = r.ReadRune()
	fmt.Println(string(c), size, err)
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadRune())
	by, _ := r.ReadByte()
	fmt.Println(by, r.UnreadRune())
	fmt.Println(r.UnreadByte())
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	peek, err := r.Peek(3)
	fmt.Printf("%q %v\n", peek, err)
	fmt.Printf("%q\n", r.Next(3))
	peek, err = r.Peek(10)
	fmt.Printf("%q %v\n", peek, err)
	fmt.Printf("%q\n", r.Next(100))
	n, err = r.Read(p)
	fmt.Println(n, err)
	n, err = r.Read(nil)
	fmt.Println(n, err)
	_, err = r.ReadByte()
	fmt.Println(err, r.UnreadByte())
	r.WriteString("new")
	fmt.Println(r.UnreadByte())

	// ReadFrom reads until EOF in chunks of at least MinRead bytes.
	var h bytes.Buffer
	total, err := h.ReadFrom(&trickle{strings.Repeat("q", 1500), 100})
	fmt.Println(total, err, h.Len(), h.Cap())

	// WriteTo drains the buffer; a short write reports the error.
	var sb strings.Builder
	total, err = h.WriteTo(&sb)
	fmt.Println(total, err, sb.Len(), h.Len())
	h.WriteString("abcdef")
	sw := &shortWriter{max: 4}
	total, err = h.WriteTo(sw)
	fmt.Println(total, err, sw.got, h.String())

	// io.Copy uses WriteTo.
	var dst bytes.Buffer
	copied, err := io.Copy(&dst, bytes.NewBufferString("copied through io.Copy"))
	fmt.Println(copied, err, dst.String())
	fmt.Fprintf(&dst, " and %d more", 3)
	fmt.Println(dst.String())
}

// Output:
// "line1\n" <nil>
// "line2\n" <nil>
// <nil> bytes.Buffer: UnreadByte: previous operation was not a successful read
// "\n" <nil>
// "rest" EOF
// "" EOF
// 104 1 <nil>
// é 2 <nil>
// <nil>
// bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// 195 bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// <nil>
// 4 <nil> "éll"
// "o, " <nil>
// "o, "
// "world" EOF
// "world"
// 0 EOF
// 0 <nil>
// EOF bytes.Buffer: UnreadByte: previous operation was not a successful read
// bytes.Buffer: UnreadByte: previous operation was not a successful read
// 1500 <nil> 1500 2048
// 1500 <nil> 1500 0
// 4 disk full abcd ef
// 22 <nil> copied through io.Copy
// copied through io.Copy and 3 more
