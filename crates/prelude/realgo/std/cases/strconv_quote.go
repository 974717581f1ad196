// strconv quoting, unquoting and floats.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	ss := []string{"", "hello", "a\"b", "back\\slash", "tab\there", "nl\n", "\a\b\f\r\v", "\x00\x01\x1f\x7f",
		"héllo wörld", "日本語", "emoji 😀", "\u00a0nbsp", "\u00adshy", "\u200bzero", "\u2028", "\ufeffbom",
		"\xff\xfe", "a\xc3", "\xc3\x28", "\U0010ffff", "\ue000", "'single'", "`back`", "Ω≈ç√∫", "\u0085", "\u0600"}
	for _, s := range ss {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.CanBackquote(s), string(strconv.AppendQuote([]byte("q:"), s)))
		u, err := strconv.Unquote(strconv.Quote(s))
		fmt.Println("  ", u == s || err != nil, err)
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', '日', 0x1F600, -1, 0x110000, 0xD800, 0xFFFD, 0xa0} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r))
	}
	us := []string{`"abc"`, `"a\"b"`, `"\x41\101\u00e9\U0001F600"`, `"\377"`, `"\400"`, `"\xZZ"`, `"\q"`,
		`"a'b"`, `"a\'b"`, `'a'`, `'\''`, `'ab'`, `''`, `'é'`, `'\x80'`, `'"'`, `'\"'`, "`raw\\n`", "`a\rb`",
		"`a`b`", `"unterminated`, `abc`, `"`, `"a"b"`, "\"a\nb\"", `"\uD800"`, `"\U00110000"`, `"é"`,
		"\"\xff\"", "'\xff'", `"\`, `"\"`, `'\u0041'`, `'\777'`, "``", `"\0"`, `"\a\b\f\n\r\t\v\\"`}
	for _, s := range us {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	for _, s := range []string{`\x41rest`, `\u00e9`, `é!`, `a`, `\'`, `\"`, `"`, `'`, ``, `\`, `\8`} {
		for _, q := range []byte{'"', '\''} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("UnquoteChar(%q,%c) = %q %v %q %v\n", s, q, v, mb, tail, err)
		}
	}
	for _, s := range []string{"1.5", "-0", "1e308", "1e309", "-1e309", "abc", "", "0x1p-2", "inf", "NaN", "1_000.5", "3.4e38", "3.5e38", "1e-400"} {
		for _, bits := range []int{32, 64} {
			f, err := strconv.ParseFloat(s, bits)
			fmt.Println(s, bits, f, err)
		}
	}
	for _, f := range []float64{0, 1.5, -2.25, 1e21, 1.0 / 3, math.Inf(1), math.NaN(), 123456789.125} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'z', 2, 64))
	}
}
