// bufio.Scanner splits input with ScanLines (default), ScanWords, ScanRunes, ScanBytes or a custom SplitFunc; ErrFinalToken stops cleanly and split errors reach Err.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// trickle returns at most n bytes per Read, so tokens arrive in pieces.
type trickle struct {
	data string
	n    int
}

func (t *trickle) Read(p []byte) (int, error) {
	if t.data == "" {
		return 0, io.EOF
	}
	k := min(t.n, len(p), len(t.data))
	copy(p, t.data[:k])
	t.data = t.data[k:]
	return k, nil
}

func scanAll(name string, r io.Reader, split bufio.SplitFunc) {
	sc := bufio.NewScanner(r)
	if split != nil {
		sc.Split(split)
	}
	var tokens []string
	for sc.Scan() {
		tokens = append(tokens, sc.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, tokens, sc.Err())
}

func main() {
	scanAll("lines", strings.NewReader("one\r\ntwo\n\nthree"), nil)
	scanAll("trailing newline", strings.NewReader("a\nb\n"), nil)
	scanAll("empty", strings.NewReader(""), nil)
	scanAll("words", strings.NewReader("  the quick\tbrown\u00a0fox\u3000jumps \n"), bufio.ScanWords)
	scanAll("runes", &trickle{"hé世\xff😀", 1}, bufio.ScanRunes)
	scanAll("bytes", strings.NewReader("héy"), bufio.ScanBytes)
	scanAll("trickled lines", &trickle{"alpha\nbeta\ngamma delta\n", 3}, nil)

	// Bytes shares the buffer; Text copies.
	sc := bufio.NewScanner(strings.NewReader("x y"))
	sc.Split(bufio.ScanWords)
	sc.Scan()
	fmt.Printf("%q %q\n", sc.Bytes(), sc.Text())

	// A custom split: comma-separated fields, stopping at STOP.
	sc = bufio.NewScanner(strings.NewReader("1,2,STOP,4"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, ',')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "STOP" {
			return i + 1, data[:i], bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	})
	for sc.Scan() {
		fmt.Println("field", sc.Text())
	}
	fmt.Println(sc.Err(), sc.Scan())

	fail := errors.New("bad input")
	sc = bufio.NewScanner(strings.NewReader("ok ok bad ok"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "bad" {
			return 0, nil, fail
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Println("word", sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == fail)

	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())

	// Changing the split function after scanning has started panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	sc.Split(bufio.ScanWords)
}

// Output:
// lines: ["one" "two" "" "three"] err=<nil>
// trailing newline: ["a" "b"] err=<nil>
// empty: [] err=<nil>
// words: ["the" "quick" "brown" "fox" "jumps"] err=<nil>
// runes: ["h" "é" "世" "�" "😀"] err=<nil>
// bytes: ["h" "\xc3" "\xa9" "y"] err=<nil>
// trickled lines: ["alpha" "beta" "gamma delta"] err=<nil>
// "x" "x"
// field 1
// field 2
// field STOP
// <nil> false
// word ok
// word ok
// bad input true
// false bufio.Scanner: SplitFunc returns advance count beyond input
// false bufio.Scanner: SplitFunc returns negative advance count
// recovered: Split called after Scan
