// os.Exit skips deferred calls; output written before it stays.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Print("to stdout", " ", 1, 2, "\n")
	fmt.Fprintln(os.Stderr, "to stderr", 3)
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "n", 42)
	fmt.Println(n, err, os.Getenv("HOME") == "" || true)
	v, ok := os.LookupEnv("DOJO_SURELY_UNSET")
	fmt.Printf("%q %v %v %v\n", v, ok, os.Stdout.Name(), os.Stderr.Fd())
	os.Stdout.WriteString("direct\n")
	os.Stdout.Write([]byte("bytes\n"))
	var nilFile *os.File
	_, err = nilFile.Write([]byte("x"))
	fmt.Println(err, err == os.ErrInvalid)
	os.Exit(3)
}
