// strconv's Append functions, graphic quoting (IsGraphic, QuoteToGraphic, QuoteRuneToGraphic) and QuotedPrefix follow Go, including its error cases.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("x=")
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	fmt.Println(string(b))

	b = b[:0]
	b = strconv.AppendFloat(b, 3.14159, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1e21, 'g', -1, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 0.1, 'e', 3, 32)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, -2.5, 'x', -1, 64)
	fmt.Println(string(b))

	b = strconv.AppendQuoteRune([]byte("r:"), '☺')
	b = strconv.AppendQuoteRune(b, '\n')
	b = strconv.AppendQuoteRune(b, '\'')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, 0x10FFFF+1)
	b = strconv.AppendQuoteRuneToGraphic(b, '\u00a0')
	b = strconv.AppendQuoteRuneToGraphic(b, '\t')
	fmt.Println(string(b))

	s := "a\u00a0b\u2003c\u3000d\u200be\tf☺\x7f\xff\"\\"
	fmt.Println(strconv.Quote(s))
	fmt.Println(strconv.QuoteToASCII(s))
	fmt.Println(strconv.QuoteToGraphic(s))
	fmt.Println(string(strconv.AppendQuoteToASCII([]byte("<"), s)))
	fmt.Println(string(strconv.AppendQuoteToGraphic([]byte("<"), s)))
	for _, r := range []rune{'a', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u202f', '\u205f', '\u3000', '\t', 0x7f, 0xad, '☺', 0xFFFD, 0xD800, -1, 0x110000, '\U0001F600'} {
		fmt.Printf("%U %v %v %s %s %s\n", r, strconv.IsGraphic(r), strconv.IsPrint(r),
			strconv.QuoteRuneToGraphic(r), strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}

	for _, in := range []string{
		`"hello" world`,
		`"a\"b" tail`,
		`"a\nb"`,
		`"tab\there"x`,
		`"\u263a\x41\101"rest`,
		`"\q"`,
		`"\400"`,
		`"\xZZ"`,
		"\"line\nbreak\"",
		"\"bad \xff utf8\"",
		"\"esc \\n then \xff\"",
		`"unterminated`,
		`"`,
		``,
		`x"quoted"`,
		`'a'b`,
		`'ab'`,
		`''`,
		`'\''x`,
		`'\n'`,
		`'☺'!`,
		`'\u263a'`,
		"'\xff'",
		`'"'`,
		`"'"`,
		"`raw \\n string` after",
		"`with \r return`",
		"`bad \xff raw`",
		"`open",
		`"a""b"`,
		`'\x80'`,
		`"\'"`,
		`'\"'`,
	} {
		p, err := strconv.QuotedPrefix(in)
		fmt.Printf("%q -> %q %v\n", in, p, err)
	}
}

// Output:
// x=true false
// 3.14 1e+21 1.000e-01 -0x1.4p+01
// r:'☺''\n''\'''\u263a''\ufffd'' ''\t'
// "a\u00a0b\u2003c\u3000d\u200be\tf☺\x7f\xff\"\\"
// "a\u00a0b\u2003c\u3000d\u200be\tf\u263a\x7f\xff\"\\"
// "a b c　d\u200be\tf☺\x7f\xff\"\\"
// <"a\u00a0b\u2003c\u3000d\u200be\tf\u263a\x7f\xff\"\\"
// <"a b c　d\u200be\tf☺\x7f\xff\"\\"
// U+0061 true true 'a' 'a' 'a'
// U+0020 true true ' ' ' ' ' '
// U+00A0 true false ' ' '\u00a0' '\u00a0'
// U+1680 true false ' ' '\u1680' '\u1680'
// U+2000 true false ' ' '\u2000' '\u2000'
// U+200A true false ' ' '\u200a' '\u200a'
// U+200B false false '\u200b' '\u200b' '\u200b'
// U+2028 false false '\u2028' '\u2028' '\u2028'
// U+202F true false ' ' '\u202f' '\u202f'
// U+205F true false ' ' '\u205f' '\u205f'
// U+3000 true false '　' '\u3000' '\u3000'
// U+0009 false false '\t' '\t' '\t'
// U+007F false false '\x7f' '\x7f' '\x7f'
// U+00AD false false '\u00ad' '\u00ad' '\u00ad'
// U+263A true true '☺' '☺' '\u263a'
// U+FFFD true true '�' '�' '\ufffd'
// U+D800 false false '�' '�' '\ufffd'
// U+FFFFFFFFFFFFFFFF false false '�' '�' '\ufffd'
// U+110000 false false '�' '�' '\ufffd'
// U+1F600 true true '😀' '😀' '\U0001f600'
// "\"hello\" world" -> "\"hello\"" <nil>
// "\"a\\\"b\" tail" -> "\"a\\\"b\"" <nil>
// "\"a\\nb\"" -> "\"a\\nb\"" <nil>
// "\"tab\\there\"x" -> "\"tab\\there\"" <nil>
// "\"\\u263a\\x41\\101\"rest" -> "\"\\u263a\\x41\\101\"" <nil>
// "\"\\q\"" -> "" invalid syntax
// "\"\\400\"" -> "" invalid syntax
// "\"\\xZZ\"" -> "" invalid syntax
// "\"line\nbreak\"" -> "" invalid syntax
// "\"bad \xff utf8\"" -> "\"bad \xff utf8\"" <nil>
// "\"esc \\n then \xff\"" -> "\"esc \\n then \xff\"" <nil>
// "\"unterminated" -> "" invalid syntax
// "\"" -> "" invalid syntax
// "" -> "" invalid syntax
// "x\"quoted\"" -> "" invalid syntax
// "'a'b" -> "'a'" <nil>
// "'ab'" -> "" invalid syntax
// "''" -> "''" <nil>
// "'\\''x" -> "'\\''" <nil>
// "'\\n'" -> "'\\n'" <nil>
// "'☺'!" -> "'☺'" <nil>
// "'\\u263a'" -> "'\\u263a'" <nil>
// "'\xff'" -> "'\xff'" <nil>
// "'\"'" -> "'\"'" <nil>
// "\"'\"" -> "\"'\"" <nil>
// "`raw \\n string` after" -> "`raw \\n string`" <nil>
// "`with \r return`" -> "`with \r return`" <nil>
// "`bad \xff raw`" -> "`bad \xff raw`" <nil>
// "`open" -> "" invalid syntax
// "\"a\"\"b\"" -> "\"a\"" <nil>
// "'\\x80'" -> "'\\x80'" <nil>
// "\"\\'\"" -> "" invalid syntax
// "'\\\"'" -> "" invalid syntax
