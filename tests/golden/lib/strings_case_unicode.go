// strings.ToUpper, ToLower, ToTitle and EqualFold map and fold letters of every script exactly as Go does.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{
		"Hello, World!", "straße", "ǆemal ǅ Ǆ", "Ωμέγα ΣΊΣΥΦΟΣ", "Привет, Мир", "Բարեւ",
		"ⅷ ⓐⓑ ａｂｃ", "ᏌᏊ ꭰ", "𐐨𐐩 𞤢", "ıi İI ſ", "漢字 ひらがな", "a\xffb\xc3", "",
	} {
		fmt.Printf("%q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
	}
	pairs := [][2]string{
		{"Go", "GO"}, {"go", "gö"}, {"k", "\u212A"}, {"K", "\u212A"}, {"s", "ſ"}, {"S", "ſ"},
		{"ß", "ẞ"}, {"ς", "Σ"}, {"σ", "ς"}, {"ϑ", "ϴ"}, {"θ", "ϑ"}, {"ǅ", "ǆ"}, {"Ǆ", "ǅ"},
		{"i", "İ"}, {"ı", "I"}, {"µ", "Μ"}, {"ÿ", "Ÿ"}, {"Straße", "STRASSE"},
		{"ПРИВЕТ", "привет"}, {"abc", "abcd"}, {"\xff", "\xfe"}, {"\xff", "\uFFFD"}, {"", ""},
		{"𐐀", "𐐨"}, {"Ⅻ", "ⅻ"}, {"Ａ", "ａ"}, {"[", "{"}, {"@", "`"},
	}
	for i, p := range pairs {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q~%q:%v", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
	fmt.Println()
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'e' {
			return -1
		}
		return r
	}, strings.ToUpper("élève")))
}

// Output:
// "HELLO, WORLD!" "hello, world!" "HELLO, WORLD!"
// "STRAßE" "straße" "STRAßE"
// "ǄEMAL Ǆ Ǆ" "ǆemal ǆ ǆ" "ǅEMAL ǅ ǅ"
// "ΩΜΈΓΑ ΣΊΣΥΦΟΣ" "ωμέγα σίσυφοσ" "ΩΜΈΓΑ ΣΊΣΥΦΟΣ"
// "ПРИВЕТ, МИР" "привет, мир" "ПРИВЕТ, МИР"
// "ԲԱՐԵՒ" "բարեւ" "ԲԱՐԵՒ"
// "Ⅷ ⒶⒷ ＡＢＣ" "ⅷ ⓐⓑ ａｂｃ" "Ⅷ ⒶⒷ ＡＢＣ"
// "ᏌᏊ Ꭰ" "ꮜꮚ ꭰ" "ᏌᏊ Ꭰ"
// "𐐀𐐁 𞤀" "𐐨𐐩 𞤢" "𐐀𐐁 𞤀"
// "II İI S" "ıi ii ſ" "II İI S"
// "漢字 ひらがな" "漢字 ひらがな" "漢字 ひらがな"
// "A�B�" "a�b�" "A�B�"
// "" "" ""
// "Go"~"GO":true "go"~"gö":false "k"~"K":true "K"~"K":true "s"~"ſ":true "S"~"ſ":true "ß"~"ẞ":true "ς"~"Σ":true "σ"~"ς":true "ϑ"~"ϴ":true "θ"~"ϑ":true "ǅ"~"ǆ":true "Ǆ"~"ǅ":true "i"~"İ":false "ı"~"I":false "µ"~"Μ":true "ÿ"~"Ÿ":true "Straße"~"STRASSE":false "ПРИВЕТ"~"привет":true "abc"~"abcd":false "\xff"~"\xfe":true "\xff"~"�":true ""~"":true "𐐀"~"𐐨":true "Ⅻ"~"ⅻ":true "Ａ"~"ａ":true "["~"{":false "@"~"`":false
// ÉLÈVE
