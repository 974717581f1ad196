// unicode's Is* predicates (IsLetter, IsDigit, IsNumber, IsSpace, IsUpper, IsLower, IsTitle, IsPunct, IsSymbol, IsMark, IsControl, IsPrint, IsGraphic) agree with Go for runes of many scripts.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"Letter", unicode.IsLetter}, {"Digit", unicode.IsDigit}, {"Number", unicode.IsNumber},
		{"Space", unicode.IsSpace}, {"Upper", unicode.IsUpper}, {"Lower", unicode.IsLower},
		{"Title", unicode.IsTitle}, {"Punct", unicode.IsPunct}, {"Symbol", unicode.IsSymbol},
		{"Mark", unicode.IsMark}, {"Control", unicode.IsControl}, {"Print", unicode.IsPrint},
		{"Graphic", unicode.IsGraphic},
	}
	runes := []rune{
		'a', 'Z', '5', ' ', '\t', '\n', '_', '-', '!', '+', '$', '~', 0x7F, 0x85, 0xA0, 0xAD,
		'ª', 'µ', 'ß', 'é', 'É', '×', '½', '²', 'ǅ', 'Σ', 'ς', 'Ж', 'ж', 'Ա', 'א', 'ب', '٣',
		'क', '९', 'ก', '漢', 'ひ', 'カ', '한', 'Ⅻ', 'ⅻ', '€', '∑', '→', '“', '「', '\u0301',
		'\u20DD', '\u2028', '\u2029', '\u3000', '\u200B', '\uFEFF', '０', 'Ａ', '😀', '𝔸', '𝟘',
		'\U0001E922', 0xFFFD, 0x10FFFF, -1, 0x110000,
	}
	for _, r := range runes {
		s := ""
		for _, p := range preds {
			if p.f(r) {
				s += " " + p.name
			}
		}
		fmt.Printf("%U%s\n", r, s)
	}
	counts := make([]int, len(preds))
	// A sample across the first three planes.
	for r := rune(0); r < 0x30000; r += 61 {
		for i, p := range preds {
			if p.f(r) {
				counts[i]++
			}
		}
	}
	sep := ""
	for i, p := range preds {
		fmt.Printf("%s%s:%d", sep, p.name, counts[i])
		sep = " "
	}
	fmt.Println()
}

// Output:
// U+0061 Letter Lower Print Graphic
// U+005A Letter Upper Print Graphic
// U+0035 Digit Number Print Graphic
// U+0020 Space Print Graphic
// U+0009 Space Control
// U+000A Space Control
// U+005F Punct Print Graphic
// U+002D Punct Print Graphic
// U+0021 Punct Print Graphic
// U+002B Symbol Print Graphic
// U+0024 Symbol Print Graphic
// U+007E Symbol Print Graphic
// U+007F Control
// U+0085 Space Control
// U+00A0 Space Graphic
// U+00AD
// U+00AA Letter Print Graphic
// U+00B5 Letter Lower Print Graphic
// U+00DF Letter Lower Print Graphic
// U+00E9 Letter Lower Print Graphic
// U+00C9 Letter Upper Print Graphic
// U+00D7 Symbol Print Graphic
// U+00BD Number Print Graphic
// U+00B2 Number Print Graphic
// U+01C5 Letter Title Print Graphic
// U+03A3 Letter Upper Print Graphic
// U+03C2 Letter Lower Print Graphic
// U+0416 Letter Upper Print Graphic
// U+0436 Letter Lower Print Graphic
// U+0531 Letter Upper Print Graphic
// U+05D0 Letter Print Graphic
// U+0628 Letter Print Graphic
// U+0663 Digit Number Print Graphic
// U+0915 Letter Print Graphic
// U+096F Digit Number Print Graphic
// U+0E01 Letter Print Graphic
// U+6F22 Letter Print Graphic
// U+3072 Letter Print Graphic
// U+30AB Letter Print Graphic
// U+D55C Letter Print Graphic
// U+216B Number Print Graphic
// U+217B Number Print Graphic
// U+20AC Symbol Print Graphic
// U+2211 Symbol Print Graphic
// U+2192 Symbol Print Graphic
// U+201C Punct Print Graphic
// U+300C Punct Print Graphic
// U+0301 Mark Print Graphic
// U+20DD Mark Print Graphic
// U+2028 Space
// U+2029 Space
// U+3000 Space Graphic
// U+200B
// U+FEFF
// U+FF10 Digit Number Print Graphic
// U+FF21 Letter Upper Print Graphic
// U+1F600 Symbol Print Graphic
// U+1D538 Letter Upper Print Graphic
// U+1D7D8 Digit Number Print Graphic
// U+1E922 Letter Lower Print Graphic
// U+FFFD Symbol Print Graphic
// U+10FFFF
// U+FFFFFFFFFFFFFFFF
// U+110000
// Letter:2169 Digit:4 Number:25 Space:0 Upper:26 Lower:41 Title:0 Punct:10 Symbol:150 Mark:35 Control:1 Print:2389 Graphic:2389
