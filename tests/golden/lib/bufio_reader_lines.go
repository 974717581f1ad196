// bufio.Reader: ReadString, ReadLine (with isPrefix for lines longer than the buffer), ReadSlice, Peek, Discard, ReadRune/UnreadRune and buffered Read.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// trickle returns at most n bytes per Read and logs the sizes asked for.
type trickle struct {
	data string
	n    int
	asks []int
}

func (t *trickle) Read(p []byte) (int, error) {
	t.asks = append(t.asks, len(p))
	if t.data == "" {
		return 0, io.EOF
	}
	k := min(t.n, len(p), len(t.data))
	copy(p, t.data[:k])
	t.data = t.data[k:]
	return k, nil
}

func main() {
	r := bufio.NewReaderSize(&trickle{data: "first line\nsecond\r\nthird line is long\nend", n: 5}, 16)
	fmt.Println(r.Size(), r.Buffered())
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v %d\n", s, err, r.Buffered())
	for i := 0; i < 5; i++ {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
	}

	r = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijXYZ\nrest"), 16)
	p, err := r.Peek(4)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	sl, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	sl, err = r.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	b, err := r.ReadBytes('!')
	fmt.Printf("%q %v\n", b, err)
	p, err = r.Peek(1)
	fmt.Printf("%q %v\n", p, err)

	// ReadString is not limited by the buffer size.
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("ab", 20)+"\nxyz"), 16)
	s, err = r.ReadString('\n')
	fmt.Printf("%d %v\n", len(s), err)
	n, err := r.Discard(2)
	fmt.Println(n, err)
	n, err = r.Discard(5)
	fmt.Println(n, err)

	r = bufio.NewReader(strings.NewReader("héllo"))
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.UnreadByte(), r.UnreadRune())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	buf := make([]byte, 3)
	for i := 0; i < 3; i++ {
		n, err = r.Read(buf)
		fmt.Printf("%d %v %q\n", n, err, buf[:n])
	}

	// A Read at least as large as the buffer bypasses it.
	t := &trickle{data: strings.Repeat("z", 50), n: 100}
	r = bufio.NewReaderSize(t, 16)
	big := make([]byte, 32)
	n, _ = r.Read(big)
	small := make([]byte, 4)
	n2, _ := r.Read(small)
	fmt.Println(n, n2, t.asks, r.Buffered())
	var sb strings.Builder
	total, err := r.WriteTo(&sb)
	fmt.Println(total, err, sb.Len())
	fmt.Println(bufio.NewReaderSize(r, 10) == r, bufio.NewReaderSize(nil, 0).Size())
}

// Output:
// 16 0
// "first line\n" <nil> 4
// "second" false <nil>
// "third line is lo" true <nil>
// "ng" false <nil>
// "end" false <nil>
// "" false EOF
// "0123" <nil> 16
// "0123456789abcdef" bufio: buffer full
// bufio: negative count
// "0123456789abcdef" bufio: buffer full
// "ghijXYZ\n" <nil>
// "rest" EOF
// "" EOF
// 41 <nil>
// 2 <nil>
// 1 EOF
// 104 <nil> bufio: invalid use of UnreadByte bufio: invalid use of UnreadRune
// h 1 <nil>
// é 2 <nil> <nil> bufio: invalid use of UnreadRune
// 3 <nil> "él"
// 2 <nil> "lo"
// 0 EOF ""
// 32 4 [32 16] 12
// 14 <nil> 14
// true 16
