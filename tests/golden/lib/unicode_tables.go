// unicode.Is, In and IsOneOf with the category, property and script tables, and with a RangeTable of our own (strides, 32-bit ranges).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	scripts := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
		{"Hangul", unicode.Hangul},
	}
	for _, r := range "aΩжЯ漢字ひらがなカタカナ한국어ー1 𠀋" {
		fmt.Printf("%q", r)
		for _, s := range scripts {
			if unicode.Is(s.t, r) {
				fmt.Print(" ", s.name)
			}
		}
		fmt.Println()
	}
	cats := []*unicode.RangeTable{unicode.Letter, unicode.L, unicode.Upper, unicode.Lu, unicode.Lower, unicode.Ll,
		unicode.Digit, unicode.Nd, unicode.Number, unicode.N, unicode.Space, unicode.White_Space, unicode.Punct, unicode.P}
	for _, r := range []rune{'A', 'b', '7', '¾', ' ', '\n', '\u2029', ',', 0x1F600} {
		fmt.Printf("%U:", r)
		for _, t := range cats {
			if unicode.Is(t, r) {
				fmt.Print(" 1")
			} else {
				fmt.Print(" 0")
			}
		}
		fmt.Println()
	}
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('ж', unicode.Latin, unicode.Greek), unicode.In('x'))
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Hangul}, '한'), unicode.IsOneOf(nil, 'a'))

	// Even code points 0x100..0x10F, every third from 0x400 to 0x40F, and two 32-bit ranges.
	mine := &unicode.RangeTable{
		R16:         []unicode.Range16{{Lo: 'a', Hi: 'c', Stride: 1}, {Lo: 0x100, Hi: 0x10F, Stride: 2}, {Lo: 0x400, Hi: 0x40F, Stride: 3}},
		R32:         []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}, {Lo: 0x20000, Hi: 0x20000, Stride: 1}},
		LatinOffset: 1,
	}
	var in []string
	for _, r := range []rune{'a', 'c', 'd', 0x100, 0x101, 0x10E, 0x10F, 0x400, 0x403, 0x404, 0x40F, 0x10000, 0x10004, 0x10005, 0x10010, 0x20000, 0x20001, -1} {
		if unicode.Is(mine, r) {
			in = append(in, fmt.Sprintf("%X", r))
		}
	}
	fmt.Println(in)
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'), len(unicode.GraphicRanges), len(unicode.PrintRanges))
	fmt.Printf("%v %+v\n", unicode.Range16{1, 2, 3}, unicode.Range32{Lo: 70000, Hi: 70002, Stride: 2})
}

// Output:
// 'a' Latin
// 'Ω' Greek
// 'ж' Cyrillic
// 'Я' Cyrillic
// '漢' Han
// '字' Han
// 'ひ' Hiragana
// 'ら' Hiragana
// 'が' Hiragana
// 'な' Hiragana
// 'カ' Katakana
// 'タ' Katakana
// 'カ' Katakana
// 'ナ' Katakana
// '한' Hangul
// '국' Hangul
// '어' Hangul
// 'ー'
// '1'
// ' '
// '𠀋' Han
// U+0041: 1 1 1 1 0 0 0 0 0 0 0 0 0 0
// U+0062: 1 1 0 0 1 1 0 0 0 0 0 0 0 0
// U+0037: 0 0 0 0 0 0 1 1 1 1 0 0 0 0
// U+00BE: 0 0 0 0 0 0 0 0 1 1 0 0 0 0
// U+0020: 0 0 0 0 0 0 0 0 0 0 1 1 0 0
// U+000A: 0 0 0 0 0 0 0 0 0 0 0 1 0 0
// U+2029: 0 0 0 0 0 0 0 0 0 0 1 1 0 0
// U+002C: 0 0 0 0 0 0 0 0 0 0 0 0 1 1
// U+1F600: 0 0 0 0 0 0 0 0 0 0 0 0 0 0
// true false false
// true false
// [61 63 100 10E 400 403 40F 10000 10004 10010 20000]
// false 6 5
// {1 2 3} {Lo:70000 Hi:70002 Stride:2}
