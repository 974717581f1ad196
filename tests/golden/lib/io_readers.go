// The io helpers: ReadFull and ReadAtLeast errors, LimitReader, TeeReader, MultiReader, MultiWriter, SectionReader and ReadAll's capacity.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type chunky struct {
	s    string
	step int
}

// Read hands out at most step bytes at a time and says how big p was.
func (c *chunky) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	n := min(c.step, len(p), len(c.s))
	copy(p, c.s[:n])
	c.s = c.s[n:]
	fmt.Println("  asked for", len(p))
	return n, nil
}

func main() {
	buf := make([]byte, 4)
	n, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 5)
	fmt.Println(n, err)

	b, err := io.ReadAll(&chunky{strings.Repeat("z", 1200), 300})
	fmt.Println(len(b), cap(b), err)

	var log strings.Builder
	tee := io.TeeReader(io.LimitReader(strings.NewReader("hello, world"), 5), &log)
	got, _ := io.ReadAll(tee)
	fmt.Printf("%s|%s\n", got, log.String())

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	written, err := io.Copy(os.Stdout, mr)
	fmt.Println()
	fmt.Println(written, err)

	var a, c strings.Builder
	w := io.MultiWriter(&a, &c)
	fmt.Fprintf(w, "%d-%s", 7, "x")
	fmt.Println(a.String(), c.String())

	sec := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	part, _ := io.ReadAll(sec)
	fmt.Println(string(part), sec.Size())
	pos, err := sec.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	_, err = sec.Seek(0, 7)
	fmt.Println(err)

	k, err := io.CopyN(io.Discard, strings.NewReader("abc"), 5)
	fmt.Println(k, err)
	k, err = io.CopyN(io.Discard, strings.NewReader("abcdef"), 5)
	fmt.Println(k, err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrClosedPipe, io.ErrShortWrite)
}

// Output:
// 2 unexpected EOF
// 0 EOF
// 4 <nil> abcd
// 0 short buffer
//   asked for 512
//   asked for 212
//   asked for 256
//   asked for 384
//   asked for 84
//   asked for 576
// 1200 1280 <nil>
// hello|hello
// one two
// 7 <nil>
// 7-x 7-x
// 23456 5
// 3 <nil>
// Seek: invalid whence
// 3 EOF
// 5 <nil>
// EOF unexpected EOF io: read/write on closed pipe short write
