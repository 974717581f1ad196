// strings.Replacer.WriteString hands its output to the Writer in the same pieces as Go (which depend on the pairs), returns the bytes written and stops at the first error.
package main

import (
	"errors"
	"fmt"
	"strings"
)

// plain records each Write call.
type plain struct{ calls []string }

func (p *plain) Write(b []byte) (int, error) {
	p.calls = append(p.calls, "W"+fmt.Sprintf("%q", b))
	return len(b), nil
}

// stringy also has WriteString, which the Replacer prefers.
type stringy struct{ plain }

func (s *stringy) WriteString(str string) (int, error) {
	s.calls = append(s.calls, "S"+fmt.Sprintf("%q", str))
	return len(str), nil
}

// failing accepts budget bytes, then fails (writing part of the slice).
type failing struct {
	budget int
	got    string
}

func (f *failing) Write(b []byte) (int, error) {
	if len(b) > f.budget {
		n := f.budget
		f.got += string(b[:n])
		f.budget = 0
		return n, errors.New("disk full")
	}
	f.budget -= len(b)
	f.got += string(b)
	return len(b), nil
}

func main() {
	cases := []struct {
		pairs []string
		in    string
	}{
		{[]string{"a", "1", "b", "2"}, "xaybbz"},           // bytes to bytes
		{[]string{"a", "a", "b", "2"}, "aab"},              // a byte replaced by itself
		{[]string{"a", "11", "b", "2", "c", "c"}, "xabcx"}, // bytes to strings
		{[]string{"b", "", "a", "A"}, "abba"},              // a byte to nothing
		{[]string{"ab", "X"}, "abxxab"},                    // one long pair
		{[]string{"ab", "X"}, "none"},                      // ... no match
		{[]string{"ab", "X"}, ""},                          // ... empty input
		{[]string{"ab", "X", "c", "Y"}, "abcab!"},          // general
		{[]string{"", "-"}, "ab"},                          // empty old
		{[]string{"ab", "X", "", "-"}, "abc"},              // both
		{nil, "no pairs"},                                  // nothing to do
		{[]string{"q", "Q"}, "q"},                          // one byte
	}
	for _, c := range cases {
		r := strings.NewReplacer(c.pairs...)
		p := &plain{}
		n, err := r.WriteString(p, c.in)
		fmt.Println(c.pairs, n, err, len(p.calls), strings.Join(p.calls, " "))
		s := &stringy{}
		n, err = r.WriteString(s, c.in)
		fmt.Println("   ", n, err, len(s.calls), strings.Join(s.calls, " "))
	}

	for _, budget := range []int{0, 3, 5, 9, 100} {
		for _, pairs := range [][]string{{"a", "1"}, {"a", "<A>"}, {"aa", "<AA>"}, {"a", "<A>", "b", "<B>", "ab", "?"}, {"", "."}} {
			f := &failing{budget: budget}
			n, err := strings.NewReplacer(pairs...).WriteString(f, "xaaybz")
			fmt.Printf("%d %v %d %v %q\n", budget, pairs, n, err, f.got)
		}
	}
}

// Output:
// [a 1 b 2] 6 <nil> 6 W"x" W"1" W"y" W"2" W"2" W"z"
//     6 <nil> 6 S"x" W"1" S"y" W"2" W"2" S"z"
// [a a b 2] 3 <nil> 2 W"aa" W"2"
//     3 <nil> 2 S"aa" W"2"
// [a 11 b 2 c c] 6 <nil> 5 W"x" W"11" W"2" W"c" W"x"
//     6 <nil> 5 S"x" W"11" W"2" W"c" S"x"
// [b  a A] 2 <nil> 4 W"A" W"" W"" W"A"
//     2 <nil> 4 W"A" W"" W"" W"A"
// [ab X] 4 <nil> 5 W"" W"X" W"xx" W"X" W""
//     4 <nil> 5 S"" S"X" S"xx" S"X" S""
// [ab X] 4 <nil> 1 W"none"
//     4 <nil> 1 S"none"
// [ab X] 0 <nil> 1 W""
//     0 <nil> 1 S""
// [ab X c Y] 4 <nil> 7 W"" W"X" W"" W"Y" W"" W"X" W"!"
//     4 <nil> 7 S"" S"X" S"" S"Y" S"" S"X" S"!"
// [ -] 5 <nil> 6 W"" W"-" W"a" W"-" W"b" W"-"
//     5 <nil> 6 S"" S"-" S"a" S"-" S"b" S"-"
// [ab X  -] 4 <nil> 6 W"" W"X" W"" W"-" W"c" W"-"
//     4 <nil> 6 S"" S"X" S"" S"-" S"c" S"-"
// [] 8 <nil> 1 W"no pairs"
//     8 <nil> 1 S"no pairs"
// [q Q] 1 <nil> 1 W"Q"
//     1 <nil> 1 W"Q"
// 0 [a 1] 0 disk full ""
// 0 [a <A>] 0 disk full ""
// 0 [aa <AA>] 0 disk full ""
// 0 [a <A> b <B> ab ?] 0 disk full ""
// 0 [ .] 0 disk full ""
// 3 [a 1] 3 disk full "x11"
// 3 [a <A>] 3 disk full "x<A"
// 3 [aa <AA>] 3 disk full "x<A"
// 3 [a <A> b <B> ab ?] 3 disk full "x<A"
// 3 [ .] 3 disk full ".x."
// 5 [a 1] 5 disk full "x11yb"
// 5 [a <A>] 5 disk full "x<A><"
// 5 [aa <AA>] 5 disk full "x<AA>"
// 5 [a <A> b <B> ab ?] 5 disk full "x<A><"
// 5 [ .] 5 disk full ".x.a."
// 9 [a 1] 6 <nil> "x11ybz"
// 9 [a <A>] 9 disk full "x<A><A>yb"
// 9 [aa <AA>] 8 <nil> "x<AA>ybz"
// 9 [a <A> b <B> ab ?] 9 disk full "x<A><A>y<"
// 9 [ .] 9 disk full ".x.a.a.y."
// 100 [a 1] 6 <nil> "x11ybz"
// 100 [a <A>] 10 <nil> "x<A><A>ybz"
// 100 [aa <AA>] 8 <nil> "x<AA>ybz"
// 100 [a <A> b <B> ab ?] 12 <nil> "x<A><A>y<B>z"
// 100 [ .] 13 <nil> ".x.a.a.y.b.z."
