// strings functions, including Unicode and invalid UTF-8 input.
package main

import (
	"fmt"
	"strings"
)

func main() {
	ins := []string{"", "a", "abc", "héllo, wörld", "日本語の文字列", "a,b,,c,", " \t lead and trail \n ", "xx\xffyy\xc3",
		"ΣΑΣ σας", "ÀÉÎÕÜ àéîõü ÿŸ", "Ĳĳ Ŀŀ", "ﬃ ß ẞ", "İı", "😀 grin", "aaaa", "a\u00a0b\u2003c\u3000d\u0085e"}
	seps := []string{"", ",", "a", "ö", "日", "aa", "\xff", "xyz"}
	for _, s := range ins {
		fmt.Printf("%q\n", s)
		fmt.Printf("  upper %q lower %q fields %q trimspace %q\n", strings.ToUpper(s), strings.ToLower(s), strings.Fields(s), strings.TrimSpace(s))
		fmt.Printf("  trim %q %q %q %q\n", strings.Trim(s, " a,\xff"), strings.TrimLeft(s, "ah"), strings.TrimRight(s, ",\n c"), strings.Trim(s, ""))
		fmt.Println("  ", strings.ContainsRune(s, 'ö'), strings.ContainsRune(s, 0xFFFD), strings.IndexRune(s, 'é'), strings.IndexRune(s, 0xFFFD),
			strings.IndexRune(s, -1), strings.ContainsAny(s, "xyzö"), strings.IndexAny(s, "語,"), strings.LastIndexAny(s, "la\xff"),
			strings.IndexByte(s, 'a'), strings.LastIndexByte(s, 'a'), strings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(s, "A"))
		for _, sep := range seps {
			fmt.Printf("  %q: %v %v %v %v %d %d %d %q %q %q %q\n", sep, strings.Contains(s, sep), strings.HasPrefix(s, sep), strings.HasSuffix(s, sep),
				strings.Index(s, sep), strings.LastIndex(s, sep), strings.Count(s, sep), len(strings.Split(s, sep)),
				strings.Split(s, sep), strings.SplitN(s, sep, 2), strings.SplitAfter(s, sep), strings.Replace(s, sep, "<>", 2))
			fmt.Printf("     %q %q %q %q %q\n", strings.ReplaceAll(s, sep, "_"), strings.TrimPrefix(s, sep), strings.TrimSuffix(s, sep),
				strings.SplitN(s, sep, 0), strings.SplitAfterN(s, sep, 3))
			b, a, f := strings.Cut(s, sep)
			fmt.Printf("     cut %q %q %v\n", b, a, f)
		}
	}
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "), strings.Join(nil, ","), strings.Join([]string{"x"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		if r == 'b' {
			return 0x110000
		}
		return r + 1
	}, "abcé\xff"))
	fmt.Printf("%q %q\n", strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }), strings.Fields("   "))
	fmt.Println(strings.IndexFunc("abc1", func(r rune) bool { return r == '1' }), strings.LastIndexFunc("1a1é", func(r rune) bool { return r == '1' }),
		strings.ContainsFunc("abc", func(r rune) bool { return r == 'z' }), strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	p, ok := strings.CutPrefix("prefix-body", "prefix-")
	q, ok2 := strings.CutSuffix("body.go", ".txt")
	fmt.Println(p, ok, q, ok2, strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "ς"), strings.EqualFold("σ", "ς"), strings.EqualFold("ı", "I"), strings.EqualFold("ſ", "S"), strings.EqualFold("µ", "μ"), strings.EqualFold("ß", "ẞ"), strings.EqualFold("Go", "GO"), strings.EqualFold("ab", "a"))
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("héllo")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-1)
	n, err := b.Write([]byte("!!"))
	fmt.Println(b.String(), b.Len(), n, err)
	b.Grow(100)
	fmt.Println(b.Cap() >= 100+b.Len(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	fmt.Fprintf(&b, "%d-%s", 42, "x")
	fmt.Println(b.String())
	for _, f := range []func(){
		func() { strings.Repeat("x", -1) },
		func() { var c strings.Builder; c.Grow(-1) },
		func() { c := b; c.WriteString("boom") },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	var cases []rune
	// The blocks the prelude's case table claims to cover.
	for r := rune(0); r < 0x180; r++ {
		cases = append(cases, r)
	}
	for r := rune(0x370); r < 0x590; r++ {
		cases = append(cases, r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		cases = append(cases, r)
	}
	for r := rune(0xFF00); r < 0xFF60; r++ {
		cases = append(cases, r)
	}
	bad := 0
	for _, r := range cases {
		s := string(r)
		up, lo := strings.ToUpper(s), strings.ToLower(s)
		fmt.Printf("%U:%q/%q ", r, up, lo)
		if r%8 == 7 {
			fmt.Println()
		}
		if !strings.EqualFold(up, lo) {
			bad++
		}
	}
	fmt.Println("\nnot folding:", bad)
}
