// A goroutine writes lines into an io.Pipe through a bufio.Writer while main scans them with a bufio.Scanner; closing the writer ends the scan.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriterSize(pw, 16)
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(w, "line %d: %s\n", i, strings.Repeat("*", i))
		}
		w.Flush()
		pw.Close()
	}()

	sc := bufio.NewScanner(pr)
	count := 0
	for sc.Scan() {
		count++
		fmt.Printf("%d %q\n", count, sc.Text())
	}
	fmt.Println("err:", sc.Err())

	// An error passed to CloseWithError reaches Err.
	pr, pw = io.Pipe()
	done := make(chan bool)
	go func() {
		pw.Write([]byte("alpha beta\ngam"))
		pw.CloseWithError(fmt.Errorf("producer failed"))
		done <- true
	}()
	sc = bufio.NewScanner(pr)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Println("word", sc.Text())
	}
	<-done
	fmt.Println("err:", sc.Err())
}

// Output:
// 1 "line 1: *"
// 2 "line 2: **"
// 3 "line 3: ***"
// 4 "line 4: ****"
// 5 "line 5: *****"
// err: <nil>
// word alpha
// word beta
// word gam
// err: producer failed
