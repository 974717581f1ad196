// bytes.Reader reads a slice through io interfaces: Read, ReadAt, ReadByte/ReadRune with their Unread rules, Seek from each origin, WriteTo, Reset.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	data := []byte("Hello, 世界!")
	r := bytes.NewReader(data)
	fmt.Println(r.Len(), r.Size())

	p := make([]byte, 5)
	n, err := r.Read(p)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], r.Len())

	pos, err := r.Seek(2, io.SeekCurrent)
	fmt.Println(pos, err)
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(b, r.UnreadByte(), r.Len())

	pos, err = r.Seek(-1, io.SeekEnd)
	fmt.Println(pos, err)
	b, err = r.ReadByte()
	fmt.Println(string(b), err)
	_, err = r.ReadByte()
	fmt.Println(err)

	// Seeking past the end is allowed; reads then see EOF.
	pos, err = r.Seek(100, io.SeekStart)
	fmt.Println(pos, err, r.Len())
	n, err = r.Read(p)
	fmt.Println(n, err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)

	// ReadAt does not move the reader.
	r.Seek(0, io.SeekStart)
	n, err = r.ReadAt(p, 7)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	n, err = r.ReadAt(p, 10)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	_, err = r.ReadAt(p, -1)
	fmt.Println(err, r.Len())

	_, _, _ = r.ReadRune()
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadByte())

	// WriteTo sends the rest; io.Copy uses it.
	r.Seek(7, io.SeekStart)
	var out bytes.Buffer
	written, err := r.WriteTo(&out)
	fmt.Println(written, err, out.String(), r.Len())

	r.Reset([]byte("second slice\n"))
	io.Copy(os.Stdout, r)
	fmt.Println(r.Len(), r.Size())

	var zero bytes.Reader
	_, err = zero.ReadByte()
	fmt.Println(zero.Len(), err)
}

// Output:
// 14 14
// 5 <nil> "Hello" 9
// 7 <nil>
// 世 3 <nil>
// <nil> bytes.Reader.UnreadRune: previous operation was not ReadRune
// 228 <nil> 7
// 13 <nil>
// ! <nil>
// EOF
// 100 <nil> 0
// 0 EOF
// bytes.Reader.Seek: negative position
// bytes.Reader.Seek: invalid whence
// 5 <nil> "世\xe7\x95"
// 4 EOF "界!"
// bytes.Reader.ReadAt: negative offset 14
// <nil>
// bytes.Reader.UnreadRune: at beginning of slice
// bytes.Reader.UnreadByte: at beginning of slice
// 7 <nil> 世界! 0
// second slice
// 0 13
// 0 EOF
