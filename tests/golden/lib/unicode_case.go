// unicode.ToUpper, ToLower, ToTitle, To and SimpleFold map every case as Go does, including title-case digraphs, fold orbits and SpecialCase.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'A', 'z', '1', 'ß', 'ÿ', 'Ÿ', 'µ', 'ı', 'İ', 'ſ', 'ǆ', 'ǅ', 'Ǆ',
		'ς', 'σ', 'Σ', 'ϑ', 'ж', 'Ж', 'ա', 'ẞ', 'ⅰ', 'ⓐ', 'ａ', '\u10D0', '\u1C90', '\U00010428', '\U0001E922', '漢', -5} {
		fmt.Printf("%U upper=%U lower=%U title=%U fold=%U\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	// Orbits: follow SimpleFold until it comes back.
	for _, r := range []rune{'k', 's', 'θ', 'ǆ', 'ι', 'B', 'Ω'} {
		fmt.Printf("%c:", r)
		f := r
		for {
			f = unicode.SimpleFold(f)
			fmt.Printf(" %U", f)
			if f == r {
				break
			}
		}
		fmt.Println()
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'ǆ'),
		unicode.To(unicode.MaxCase, 'a'), unicode.To(-1, 'a'))
	fmt.Println(unicode.SimpleFold(-2), unicode.SimpleFold(unicode.MaxRune+1), unicode.SimpleFold(' '))
	tr := unicode.TurkishCase
	fmt.Printf("%c %c %c %c %c\n", tr.ToUpper('i'), tr.ToLower('I'), tr.ToTitle('i'), tr.ToUpper('ı'), tr.ToLower('x'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1,
		unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
	upper, lower, same := 0, 0, 0
	for r := rune(0); r <= 0x2000; r++ {
		switch {
		case unicode.ToUpper(r) != r:
			upper++
		case unicode.ToLower(r) != r:
			lower++
		default:
			same++
		}
	}
	fmt.Println(upper, lower, same)
}

// Output:
// U+0061 upper=U+0041 lower=U+0061 title=U+0041 fold=U+0041
// U+0041 upper=U+0041 lower=U+0061 title=U+0041 fold=U+0061
// U+007A upper=U+005A lower=U+007A title=U+005A fold=U+005A
// U+0031 upper=U+0031 lower=U+0031 title=U+0031 fold=U+0031
// U+00DF upper=U+00DF lower=U+00DF title=U+00DF fold=U+1E9E
// U+00FF upper=U+0178 lower=U+00FF title=U+0178 fold=U+0178
// U+0178 upper=U+0178 lower=U+00FF title=U+0178 fold=U+00FF
// U+00B5 upper=U+039C lower=U+00B5 title=U+039C fold=U+039C
// U+0131 upper=U+0049 lower=U+0131 title=U+0049 fold=U+0131
// U+0130 upper=U+0130 lower=U+0069 title=U+0130 fold=U+0130
// U+017F upper=U+0053 lower=U+017F title=U+0053 fold=U+0053
// U+01C6 upper=U+01C4 lower=U+01C6 title=U+01C5 fold=U+01C4
// U+01C5 upper=U+01C4 lower=U+01C6 title=U+01C5 fold=U+01C6
// U+01C4 upper=U+01C4 lower=U+01C6 title=U+01C5 fold=U+01C5
// U+03C2 upper=U+03A3 lower=U+03C2 title=U+03A3 fold=U+03C3
// U+03C3 upper=U+03A3 lower=U+03C3 title=U+03A3 fold=U+03A3
// U+03A3 upper=U+03A3 lower=U+03C3 title=U+03A3 fold=U+03C2
// U+03D1 upper=U+0398 lower=U+03D1 title=U+0398 fold=U+03F4
// U+0436 upper=U+0416 lower=U+0436 title=U+0416 fold=U+0416
// U+0416 upper=U+0416 lower=U+0436 title=U+0416 fold=U+0436
// U+0561 upper=U+0531 lower=U+0561 title=U+0531 fold=U+0531
// U+1E9E upper=U+1E9E lower=U+00DF title=U+1E9E fold=U+00DF
// U+2170 upper=U+2160 lower=U+2170 title=U+2160 fold=U+2160
// U+24D0 upper=U+24B6 lower=U+24D0 title=U+24B6 fold=U+24B6
// U+FF41 upper=U+FF21 lower=U+FF41 title=U+FF21 fold=U+FF21
// U+10D0 upper=U+1C90 lower=U+10D0 title=U+10D0 fold=U+1C90
// U+1C90 upper=U+1C90 lower=U+10D0 title=U+1C90 fold=U+10D0
// U+10428 upper=U+10400 lower=U+10428 title=U+10400 fold=U+10400
// U+1E922 upper=U+1E900 lower=U+1E922 title=U+1E900 fold=U+1E900
// U+6F22 upper=U+6F22 lower=U+6F22 title=U+6F22 fold=U+6F22
// U+FFFFFFFFFFFFFFFB upper=U+FFFFFFFFFFFFFFFB lower=U+FFFFFFFFFFFFFFFB title=U+FFFFFFFFFFFFFFFB fold=U+FFFFFFFFFFFFFFFB
// k: U+212A U+004B U+006B
// s: U+017F U+0053 U+0073
// θ: U+03D1 U+03F4 U+0398 U+03B8
// ǆ: U+01C4 U+01C5 U+01C6
// ι: U+1FBE U+0345 U+0399 U+03B9
// B: U+0062 U+0042
// Ω: U+03C9 U+2126 U+03A9
// 81 113 453 65533 65533
// -2 1114112 32
// İ ı İ I x
// 1114111 65533 127 255 0 1 2 3 1114112
// 783 858 6552
