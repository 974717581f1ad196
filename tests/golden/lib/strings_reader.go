// strings.Reader reads a string through the io interfaces: Read, ReadByte, ReadRune with UnreadRune, Seek, ReadAt and WriteTo.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("añb, 世界")
	fmt.Println(r.Len(), r.Size())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%c/%d ", ch, size)
	}
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	fmt.Println(r.Len())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte(), r.UnreadRune())

	pos, err := r.Seek(3, io.SeekStart)
	fmt.Println(pos, err)
	pos, err = r.Seek(-1, io.SeekCurrent)
	fmt.Println(pos, err)
	_, err = r.Seek(-20, io.SeekEnd)
	fmt.Println(err)
	_, err = r.Seek(0, 9)
	fmt.Println(err)

	p := make([]byte, 4)
	n, err := r.ReadAt(p, 8)
	fmt.Println(n, err, p[:n])
	_, err = r.ReadAt(p, -1)
	fmt.Println(err)

	r.Reset("written to stdout\n")
	r.ReadByte()
	k, err := r.WriteTo(os.Stdout)
	fmt.Println(k, err, r.Len())

	empty := strings.NewReader("")
	fmt.Println(empty.UnreadByte())
	var zero strings.Reader
	n, err = zero.Read(p)
	fmt.Println(n, err)
}

// Output:
// 12 12
// a/1 ñ/2 b/1 ,/1  /1 世/3 界/3 EOF
// strings.Reader.UnreadRune: previous operation was not ReadRune strings.Reader.UnreadRune: previous operation was not ReadRune
// 0
// 0 EOF <nil> strings.Reader.UnreadRune: previous operation was not ReadRune
// 3 <nil>
// 2 <nil>
// strings.Reader.Seek: negative position
// strings.Reader.Seek: invalid whence
// 4 <nil> [150 231 149 140]
// strings.Reader.ReadAt: negative offset
// ritten to stdout
// 17 <nil> 0
// strings.Reader.UnreadByte: at beginning of string
// 0 EOF
