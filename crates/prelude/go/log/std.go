// The package-level functions of Goroutine Dojo's log package: each one
// works on the standard logger (Default), which writes to os.Stderr with
// LstdFlags until told otherwise.

package log

import (
	"fmt"
	"io"
	"os"
)

// SetOutput makes the standard logger write to w.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Writer returns where the standard logger writes.
func Writer() io.Writer { return std.Writer() }

// Flags returns the standard logger's flags.
func Flags() int { return std.Flags() }

// SetFlags sets the standard logger's flags.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the standard logger's prefix.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the standard logger's prefix.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Output writes s as one line of the standard logger; calldepth 1 names
// the caller of Output.
func Output(calldepth int, s string) error {
	return std.output(calldepth+1, func(b []byte) []byte {
		return append(b, s...)
	})
}

// Print logs to the standard logger, formatting as fmt.Print does.
func Print(v ...any) {
	std.output(2, func(b []byte) []byte { return fmt.Append(b, v...) })
}

// Printf logs to the standard logger, formatting as fmt.Printf does.
func Printf(format string, v ...any) {
	std.output(2, func(b []byte) []byte { return fmt.Appendf(b, format, v...) })
}

// Println logs to the standard logger, formatting as fmt.Println does.
func Println(v ...any) {
	std.output(2, func(b []byte) []byte { return fmt.Appendln(b, v...) })
}

// Fatal is Print, then os.Exit(1).
func Fatal(v ...any) {
	std.output(2, func(b []byte) []byte { return fmt.Append(b, v...) })
	os.Exit(1)
}

// Fatalf is Printf, then os.Exit(1).
func Fatalf(format string, v ...any) {
	std.output(2, func(b []byte) []byte { return fmt.Appendf(b, format, v...) })
	os.Exit(1)
}

// Fatalln is Println, then os.Exit(1).
func Fatalln(v ...any) {
	std.output(2, func(b []byte) []byte { return fmt.Appendln(b, v...) })
	os.Exit(1)
}

// Panic is Print, then a panic with the message as a string.
func Panic(v ...any) {
	msg := fmt.Sprint(v...)
	std.Output(2, msg)
	panic(msg)
}

// Panicf is Printf, then a panic with the message.
func Panicf(format string, v ...any) {
	msg := fmt.Sprintf(format, v...)
	std.Output(2, msg)
	panic(msg)
}

// Panicln is Println, then a panic with the message.
func Panicln(v ...any) {
	msg := fmt.Sprintln(v...)
	std.Output(2, msg)
	panic(msg)
}
