// unicode/utf8 decodes invalid, overlong, surrogate and truncated sequences as RuneError of width 1, and encodes invalid runes as U+FFFD.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	inputs := []string{
		"", "a", "é", "世", "😀", "\xff", "\xc0\x80", "\xe0\x80\x80",
		"\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98", "\xe4\xb8",
		"a\x80b", "x😀", "\xf0\x9f\x98\x80\x80", "\uFFFD", "\xe0\xa0\x80",
	}
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%-22q first %U/%d last %U/%d full=%v count=%d valid=%v\n",
			s, r, n, lr, ln, utf8.FullRuneInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s))
	}

	// FullRune on every prefix of a 4-byte rune and of an invalid start.
	for _, s := range []string{"😀", "\xf0\x28\x80\x80"} {
		var full []bool
		for k := 0; k <= len(s); k++ {
			full = append(full, utf8.FullRune([]byte(s[:k])))
		}
		fmt.Println(full)
	}

	// Decoding a whole string by hand, as range does.
	s := "a\xffé\xed\xa0\x80z"
	var manual, ranged []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		manual = append(manual, fmt.Sprintf("%d:%q/%d", i, r, n))
		i += n
	}
	for i, r := range s {
		ranged = append(ranged, fmt.Sprintf("%d:%q", i, r))
	}
	fmt.Println(strings.Join(manual, " "))
	fmt.Println(strings.Join(ranged, " "))

	for _, r := range []rune{-1, 0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, utf8.MaxRune, utf8.MaxRune + 1} {
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		fmt.Printf("%#x len=%d valid=%v enc=% x app=%q\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xC3))
	fmt.Println(utf8.Valid([]byte("héllo")), utf8.Valid([]byte("h\xe9llo")))
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)

	// EncodeRune into a slice that is too short panics.
	small := make([]byte, 2)
	utf8.EncodeRune(small, '世')
}

// Output:
// ""                     first U+FFFD/0 last U+FFFD/0 full=false count=0 valid=true
// "a"                    first U+0061/1 last U+0061/1 full=true count=1 valid=true
// "é"                    first U+00E9/2 last U+00E9/2 full=true count=1 valid=true
// "世"                    first U+4E16/3 last U+4E16/3 full=true count=1 valid=true
// "😀"                    first U+1F600/4 last U+1F600/4 full=true count=1 valid=true
// "\xff"                 first U+FFFD/1 last U+FFFD/1 full=true count=1 valid=false
// "\xc0\x80"             first U+FFFD/1 last U+FFFD/1 full=true count=2 valid=false
// "\xe0\x80\x80"         first U+FFFD/1 last U+FFFD/1 full=true count=3 valid=false
// "\xed\xa0\x80"         first U+FFFD/1 last U+FFFD/1 full=true count=3 valid=false
// "\xf4\x90\x80\x80"     first U+FFFD/1 last U+FFFD/1 full=true count=4 valid=false
// "\xf0\x9f\x98"         first U+FFFD/1 last U+FFFD/1 full=false count=3 valid=false
// "\xe4\xb8"             first U+FFFD/1 last U+FFFD/1 full=false count=2 valid=false
// "a\x80b"               first U+0061/1 last U+0062/1 full=true count=3 valid=false
// "x😀"                   first U+0078/1 last U+1F600/4 full=true count=2 valid=true
// "😀\x80"                first U+1F600/4 last U+FFFD/1 full=true count=2 valid=false
// "�"                    first U+FFFD/3 last U+FFFD/3 full=true count=1 valid=true
// "ࠀ"                    first U+0800/3 last U+0800/3 full=true count=1 valid=true
// [false false false false true]
// [false false true true true]
// 0:'a'/1 1:'�'/1 2:'é'/2 4:'�'/1 5:'�'/1 6:'�'/1 7:'z'/1
// 0:'a' 1:'�' 2:'é' 4:'�' 5:'�' 6:'�' 7:'z'
// -0x1 len=-1 valid=false enc=ef bf bd app="x�"
// 0x0 len=1 valid=true enc=00 app="x\x00"
// 0x7f len=1 valid=true enc=7f app="x\x7f"
// 0x80 len=2 valid=true enc=c2 80 app="x\u0080"
// 0x7ff len=2 valid=true enc=df bf app="x߿"
// 0x800 len=3 valid=true enc=e0 a0 80 app="xࠀ"
// 0xd7ff len=3 valid=true enc=ed 9f bf app="x\ud7ff"
// 0xd800 len=-1 valid=false enc=ef bf bd app="x�"
// 0xdfff len=-1 valid=false enc=ef bf bd app="x�"
// 0xe000 len=3 valid=true enc=ee 80 80 app="x\ue000"
// 0xffff len=3 valid=true enc=ef bf bf app="x\uffff"
// 0x10000 len=4 valid=true enc=f0 90 80 80 app="x𐀀"
// 0x10ffff len=4 valid=true enc=f4 8f bf bf app="x\U0010ffff"
// 0x110000 len=-1 valid=false enc=ef bf bd app="x�"
// false true true
// true false
// 65533 128 1114111 4
// Exit: 2
// Stderr: panic: runtime error: index out of range [2] with length 2
