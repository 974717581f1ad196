// io.Pipe is synchronous: each Write waits until Reads have taken all of its bytes, and closing either end wakes the other with the right error.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 3)
		for {
			n, err := pr.Read(buf)
			fmt.Printf("read %d %q %v\n", n, buf[:n], err)
			if err != nil {
				return
			}
		}
	}()
	n, err := pw.Write([]byte("abcdefg"))
	fmt.Println("wrote", n, err)
	pw.CloseWithError(errors.New("producer stopped"))
	<-done

	pr2, pw2 := io.Pipe()
	go func() {
		fmt.Fprint(pw2, "streamed ", "through ", "a pipe")
		pw2.Close()
	}()
	all, err := io.ReadAll(pr2)
	fmt.Printf("%q %v\n", all, err)

	pr3, pw3 := io.Pipe()
	pr3.CloseWithError(io.ErrShortBuffer)
	_, err = pw3.Write([]byte("x"))
	fmt.Println(err)
	_, err = pr3.Read(make([]byte, 1))
	fmt.Println(err)
	pw3.Close()

	pr4, pw4 := io.Pipe()
	go func() {
		io.Copy(pw4, strings.NewReader("copied into the pipe"))
		pw4.Close()
	}()
	var sb strings.Builder
	k, err := io.Copy(&sb, pr4)
	fmt.Println(k, err, sb.String())
}

// Output:
// read 3 "abc" <nil>
// read 3 "def" <nil>
// wrote 7 <nil>
// read 1 "g" <nil>
// read 0 "" producer stopped
// "streamed through a pipe" <nil>
// short buffer
// io: read/write on closed pipe
// 20 <nil> copied into the pipe
