// log: a Logger writes one line per call to its io.Writer, with the prefix first or (Lmsgprefix) just before the message, and adds a missing newline.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	l := log.New(&sb, "app: ", 0)
	l.Print("plain", 1, 2, "x", "y")
	l.Printf("%s=%d", "n", 42)
	l.Println("with", "spaces", 3)
	l.Print("ends in newline\n")
	l.Print()
	l.SetFlags(log.Lmsgprefix)
	l.SetPrefix("[db] ")
	l.Print("msgprefix")
	l.Output(1, "via Output")
	fmt.Printf("%q\n", sb.String())
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix, l.Writer() == &sb)

	// The standard logger: stderr and LstdFlags until changed.
	fmt.Println(log.Default().Writer() == os.Stderr, log.Flags() == log.LstdFlags, log.Prefix() == "")
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("to stdout")
	log.SetFlags(log.Lmsgprefix)
	log.Printf("%03d", 7)

	// Panic logs the line, then panics with the message alone.
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T %q\n", r, r)
		}()
		l.Panicf("bad %s", "thing")
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.Panicln("stop", 1)
	}()
	fmt.Printf("%q\n", sb.String())
}

// Output:
// "app: plain1 2xy\napp: n=42\napp: with spaces 3\napp: ends in newline\napp: \n[db] msgprefix\n[db] via Output\n"
// [db]  true true
// true true true
// 1 2 4 8 16 32 64 3
// std: to stdout
// std: 007
// recovered string "bad thing"
// std: stop 1
// recovered "stop 1\n"
// "app: plain1 2xy\napp: n=42\napp: with spaces 3\napp: ends in newline\napp: \n[db] msgprefix\n[db] via Output\n[db] bad thing\n"
