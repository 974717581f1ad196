// Package log is Goroutine Dojo's version of Go's log package, in plain
// Go: a Logger writes one line per call to an io.Writer, behind a header
// chosen by flags (date, time, source position, prefix), and serialises
// its writes with a mutex so that lines from different goroutines never
// mix. The standard logger, used by the package-level functions in std.go,
// writes to os.Stderr with the date and time.
//
// Dates and times come from time.Now, which in the Dojo is a virtual clock
// that starts at 2009/11/10 23:00:00 UTC, so LstdFlags prints
// "2009/11/10 23:00:00 " and Lmicroseconds "2009/11/10 23:00:00.000000 "
// until time moves on.
//
// The Dojo has no runtime.Caller, so the source position that Lshortfile
// and Llongfile ask for is unknown: the line shows "???:0: ", which is what
// Go's log itself prints when runtime.Caller fails.
package log

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// Flags choose what a Logger writes before each message. They are or'ed
// together; except for Lmsgprefix, the parts always come in this order and
// in these formats:
//
//	prefix 2009/01/23 01:23:23.123123 /a/b/c/d.go:23: message
//
// With Lmsgprefix the prefix moves to just before the message. The colon
// after the position is there only with Llongfile or Lshortfile.
const (
	Ldate         = 1 << iota     // local date: 2009/01/23
	Ltime                         // local time: 01:23:23
	Lmicroseconds                 // microseconds: 01:23:23.123123 (implies Ltime)
	Llongfile                     // full file name and line: /a/b/c/d.go:23
	Lshortfile                    // last element of the file name and line: d.go:23 (wins over Llongfile)
	LUTC                          // date and time in UTC instead of the local zone
	Lmsgprefix                    // put the prefix right before the message
	LstdFlags     = Ldate | Ltime // the standard logger's flags
)

// A Logger writes log lines to an io.Writer. Each line is a single Write
// call, made with outMu held, so a Logger may be used by many goroutines
// at once. The prefix and flags are atomics: changing them while another
// goroutine logs is not a data race.
type Logger struct {
	outMu sync.Mutex
	out   io.Writer

	prefix    atomic.Value // a string; empty until SetPrefix
	flag      atomic.Int32
	isDiscard atomic.Bool // out is io.Discard: skip all the work
}

// New makes a Logger writing to out, with the given prefix and flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	l := new(Logger)
	l.SetOutput(out)
	l.SetPrefix(prefix)
	l.SetFlags(flag)
	return l
}

// std is the standard logger behind the package-level functions.
var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger.
func Default() *Logger { return std }

// SetOutput makes l write to w from now on.
func (l *Logger) SetOutput(w io.Writer) {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	l.out = w
	l.isDiscard.Store(w == io.Discard)
}

// Writer returns where l writes.
func (l *Logger) Writer() io.Writer {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	return l.out
}

// Flags returns l's flags.
func (l *Logger) Flags() int {
	return int(l.flag.Load())
}

// SetFlags sets l's flags.
func (l *Logger) SetFlags(flag int) {
	l.flag.Store(int32(flag))
}

// Prefix returns l's prefix.
func (l *Logger) Prefix() string {
	s, _ := l.prefix.Load().(string)
	return s
}

// SetPrefix sets l's prefix.
func (l *Logger) SetPrefix(prefix string) {
	l.prefix.Store(prefix)
}

// appendInt appends i in decimal, padded with zeros to at least width
// digits (no padding for width <= 1). i is never negative here.
func appendInt(buf []byte, i int, width int) []byte {
	var digits [20]byte
	pos := len(digits)
	for i >= 10 || width > 1 {
		pos--
		digits[pos] = byte('0' + i%10)
		i /= 10
		width--
	}
	pos--
	digits[pos] = byte('0' + i)
	return append(buf, digits[pos:]...)
}

// appendHeader appends the part of a line that comes before the message:
// the prefix (unless Lmsgprefix), the date, the time, the source position
// and, with Lmsgprefix, the prefix.
func appendHeader(buf []byte, t time.Time, prefix string, flag int, file string, line int) []byte {
	if flag&Lmsgprefix == 0 {
		buf = append(buf, prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			t = t.UTC()
		}
		if flag&Ldate != 0 {
			year, month, day := t.Date()
			buf = appendInt(buf, year, 4)
			buf = append(buf, '/')
			buf = appendInt(buf, int(month), 2)
			buf = append(buf, '/')
			buf = appendInt(buf, day, 2)
			buf = append(buf, ' ')
		}
		if flag&(Ltime|Lmicroseconds) != 0 {
			hour, minute, sec := t.Clock()
			buf = appendInt(buf, hour, 2)
			buf = append(buf, ':')
			buf = appendInt(buf, minute, 2)
			buf = append(buf, ':')
			buf = appendInt(buf, sec, 2)
			if flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = appendInt(buf, t.Nanosecond()/1000, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			file = baseName(file)
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = appendInt(buf, line, 0)
		buf = append(buf, ": "...)
	}
	if flag&Lmsgprefix != 0 {
		buf = append(buf, prefix...)
	}
	return buf
}

// baseName returns what follows the last '/' of a file name (a slash in
// first position does not count, as in Go's log).
func baseName(file string) string {
	for i := len(file) - 1; i > 0; i-- {
		if file[i] == '/' {
			return file[i+1:]
		}
	}
	return file
}

// caller would find the file and line depth frames up the stack. The Dojo
// cannot tell, so it answers as Go's log does when runtime.Caller fails.
func caller(depth int) (file string, line int) {
	return "???", 0
}

// output writes one line: the header, then what appendMsg appends, then a
// newline if the message did not end with one. depth counts the frames
// between output and the call to report with Lshortfile or Llongfile.
func (l *Logger) output(depth int, appendMsg func([]byte) []byte) error {
	if l.isDiscard.Load() {
		return nil
	}
	now := time.Now() // as early as possible

	// Read the prefix and flags once, so one line is consistent even if
	// another goroutine changes them meanwhile.
	prefix := l.Prefix()
	flag := l.Flags()

	var file string
	var line int
	if flag&(Lshortfile|Llongfile) != 0 {
		file, line = caller(depth + 1)
	}

	buf := appendHeader(nil, now, prefix, flag, file, line)
	buf = appendMsg(buf)
	if len(buf) == 0 || buf[len(buf)-1] != '\n' {
		buf = append(buf, '\n')
	}

	l.outMu.Lock()
	defer l.outMu.Unlock()
	_, err := l.out.Write(buf)
	return err
}

// Output writes s as one log line (adding a newline if s lacks one).
// calldepth says which caller the source position should name: 1 is the
// caller of Output (the Dojo always prints "???:0").
func (l *Logger) Output(calldepth int, s string) error {
	return l.output(calldepth+1, func(b []byte) []byte {
		return append(b, s...)
	})
}

// Print logs its operands formatted as by fmt.Print.
func (l *Logger) Print(v ...any) {
	l.output(2, func(b []byte) []byte { return fmt.Append(b, v...) })
}

// Printf logs its operands formatted as by fmt.Printf.
func (l *Logger) Printf(format string, v ...any) {
	l.output(2, func(b []byte) []byte { return fmt.Appendf(b, format, v...) })
}

// Println logs its operands formatted as by fmt.Println.
func (l *Logger) Println(v ...any) {
	l.output(2, func(b []byte) []byte { return fmt.Appendln(b, v...) })
}

// Fatal is Print, then os.Exit(1): deferred calls do not run.
func (l *Logger) Fatal(v ...any) {
	l.output(2, func(b []byte) []byte { return fmt.Append(b, v...) })
	os.Exit(1)
}

// Fatalf is Printf, then os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.output(2, func(b []byte) []byte { return fmt.Appendf(b, format, v...) })
	os.Exit(1)
}

// Fatalln is Println, then os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.output(2, func(b []byte) []byte { return fmt.Appendln(b, v...) })
	os.Exit(1)
}

// Panic is Print, then a panic whose value is the message (a string,
// without the header).
func (l *Logger) Panic(v ...any) {
	msg := fmt.Sprint(v...)
	l.Output(2, msg)
	panic(msg)
}

// Panicf is Printf, then a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	msg := fmt.Sprintf(format, v...)
	l.Output(2, msg)
	panic(msg)
}

// Panicln is Println, then a panic with the message (which ends with a
// newline, as fmt.Sprintln's does).
func (l *Logger) Panicln(v ...any) {
	msg := fmt.Sprintln(v...)
	l.Output(2, msg)
	panic(msg)
}
