// bufio.Writer holds writes until its buffer fills or Flush is called; large writes bypass an empty buffer, and a write error sticks.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

// logWriter records each Write it receives; after okWrites writes it
// accepts one byte and fails.
type logWriter struct {
	writes   []string
	okWrites int
}

func (w *logWriter) Write(p []byte) (int, error) {
	if w.okWrites > 0 && len(w.writes) >= w.okWrites {
		return 1, errors.New("broken pipe")
	}
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

// stringLog also has WriteString.
type stringLog struct{ logWriter }

func (w *stringLog) WriteString(s string) (int, error) {
	w.writes = append(w.writes, "S:"+s)
	return len(s), nil
}

func main() {
	lw := &logWriter{}
	w := bufio.NewWriterSize(lw, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	fmt.Println(w.Buffered(), w.Available(), len(lw.writes))
	w.WriteRune('世')
	fmt.Printf("%d %q\n", w.Buffered(), lw.writes)
	w.Write([]byte("0123456789ABCDEF"))
	fmt.Printf("%d %q\n", w.Buffered(), lw.writes)
	w.WriteString("tail")
	fmt.Println(w.Flush(), w.Buffered())
	w.WriteString("this is a long string")
	fmt.Printf("%q\n", lw.writes)

	sl := &stringLog{}
	w = bufio.NewWriterSize(sl, 8)
	w.WriteString("xy")
	w.WriteString("a long string here")
	w.Flush()
	w.WriteString("another long string")
	fmt.Printf("%q\n", sl.writes)

	// After a failed write every call reports the same error.
	broken := &logWriter{okWrites: 1}
	w = bufio.NewWriterSize(broken, 4)
	_, err := w.WriteString("abcd")
	fmt.Println(err)
	n, err := w.WriteString("efghij")
	fmt.Println(n, err, w.Buffered())
	fmt.Println(w.Flush(), w.WriteByte('x'))
	w.Reset(broken)
	fmt.Println(w.Buffered(), w.Available())

	// Nothing reaches the destination before Flush.
	var out bytes.Buffer
	w = bufio.NewWriter(&out)
	fmt.Fprintf(w, "hello %d\n", 42)
	fmt.Println(out.Len(), w.Buffered())
	w.Flush()
	fmt.Printf("%q\n", out.String())
	total, err := w.ReadFrom(strings.NewReader("from a reader"))
	fmt.Println(total, err, w.Buffered(), out.Len())

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\n")), bufio.NewWriter(&out))
	line, _ := rw.ReadString('\n')
	rw.WriteString("got " + line)
	rw.Flush()
	fmt.Printf("%q\n", out.String())

	stdout := bufio.NewWriter(os.Stdout)
	defer stdout.Flush()
	fmt.Fprintln(stdout, "flushed by the deferred call")
	fmt.Println("printed first")
}

// Output:
// 8 8 0
// 6 2 0
// 3 ["abcdé"]
// 0 ["abcdé" "世01234" "56789ABCDEF"]
// <nil> 0
// ["abcdé" "世01234" "56789ABCDEF" "tail" "this is " "a long s"]
// ["xya long" "S: string here" "S:another long string"]
// <nil>
// 4 broken pipe 3
// broken pipe broken pipe
// 0 4
// 0 9
// "hello 42\n"
// 13 <nil> 0 22
// "hello 42\nfrom a readergot ping\n"
// printed first
// flushed by the deferred call
