// bufio.Scanner stops with ErrTooLong when a token outgrows MaxScanTokenSize (64 KiB) or the limit given to Buffer; a larger limit lets it through.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("x", 70000)
	input := "short\n" + long + "\nafter\n"

	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		fmt.Println("token of", len(sc.Text()), "bytes")
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)
	fmt.Println(sc.Scan(), sc.Err())

	sc = bufio.NewScanner(strings.NewReader(input))
	sc.Buffer(make([]byte, 0, 100), 100000)
	for sc.Scan() {
		fmt.Println("token of", len(sc.Text()), "bytes")
	}
	fmt.Println(sc.Err())

	// A tiny buffer grows by doubling up to the limit.
	sc = bufio.NewScanner(strings.NewReader("abcdefg\nabcdefghij\nxy\n"))
	sc.Buffer(make([]byte, 2), 8)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println(sc.Err())
	fmt.Println(bufio.MaxScanTokenSize)

	defer func() { fmt.Println("recovered:", recover()) }()
	sc.Buffer(nil, 10)
}

// Output:
// token of 5 bytes
// bufio.Scanner: token too long true
// true bufio.Scanner: token too long
// token of 5 bytes
// token of 70000 bytes
// token of 5 bytes
// <nil>
// token abcdefg
// bufio.Scanner: token too long
// 65536
// recovered: Buffer called after Scan
