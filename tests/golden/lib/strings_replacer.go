// strings.NewReplacer replaces in one left-to-right pass without overlapping matches, trying the pairs in argument order; empty old strings match between bytes.
package main

import (
	"fmt"
	"strings"
)

func show(r *strings.Replacer, inputs ...string) {
	var out []string
	for _, s := range inputs {
		out = append(out, fmt.Sprintf("%q", r.Replace(s)))
	}
	fmt.Println(strings.Join(out, " "))
}

func main() {
	// HTML escaping, the classic use.
	html := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	show(html, `<a href="x">Tom & Jerry</a>`, "", "plain")

	// One pair with a long old string.
	show(strings.NewReplacer("aaa", "3"), "aaaaaaaa", "aa", "baaab", "")
	show(strings.NewReplacer("ab", ""), "aabbab", "abababa")

	// Only single bytes, to single bytes and to strings.
	show(strings.NewReplacer("a", "1", "b", "2", "a", "9"), "abcab", "")
	show(strings.NewReplacer("a", "A", "a", "B", "b", "b"), "abba")
	show(strings.NewReplacer("a", "<a>", "b", "", "\xff", "!"), "abc\xffa")

	// Argument order beats length: the first matching pair wins.
	show(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3"), "aaaa")
	show(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1"), "aaaa", "aaaaa")
	show(strings.NewReplacer("abc", "X", "bcd", "Y", "b", "Z"), "abcd", "bcd", "xbcdx")
	show(strings.NewReplacer("ab", "1", "abc", "2", "bc", "3"), "abc", "ababcbc")
	// Replacements are not scanned again.
	show(strings.NewReplacer("a", "b", "b", "a"), "aabb")
	show(strings.NewReplacer("cat", "dog", "dog", "cat"), "cat dog catdog")

	// Empty old strings.
	show(strings.NewReplacer("", "X"), "", "a", "abc", "日本")
	show(strings.NewReplacer("a", "1", "", "X"), "", "a", "ab", "ba", "aab")
	show(strings.NewReplacer("", "X", "a", "1"), "", "a", "ab", "ba", "aab")
	show(strings.NewReplacer("", "X", "", "Y", "b", "2"), "abc")
	show(strings.NewReplacer("ab", "1", "", "-", "b", "2"), "abcb", "bab")
	show(strings.NewReplacer("", ""), "abc")

	// No pairs, duplicates, a pair replaced by itself.
	show(strings.NewReplacer(), "unchanged")
	show(strings.NewReplacer("x", "x", "xy", "Z"), "xyxxy")
	var zero strings.Replacer
	fmt.Printf("%q\n", zero.Replace("zero value"))

	// The arguments are copied.
	args := []string{"a", "1"}
	r := strings.NewReplacer(args...)
	args[1] = "2"
	show(r, "aaa")

	// Bytes of multi-byte runes are matched as bytes.
	show(strings.NewReplacer("é", "e", "\xc3", "?"), "café \xc3(")
	show(strings.NewReplacer("日", "sun", "本", "book"), "日本語")

	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("a", "b", "c")
}

// Output:
// "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;" "" "plain"
// "33aa" "aa" "b3b" ""
// "ab" "a"
// "12c12" ""
// "AbbA"
// "<a>c!<a>"
// "1111"
// "31" "32"
// "Xd" "Y" "xYx"
// "1c" "11c3"
// "bbaa"
// "dog cat dogcat"
// "X" "XaX" "XaXbXcX" "X\xe6X\x97X\xa5X\xe6X\x9cX\xacX"
// "X" "1X" "1XbX" "Xb1X" "11XbX"
// "X" "X1X" "X1XbX" "XbX1X" "X1X1XbX"
// "XaX2XcX"
// "1-c-2-" "-21-"
// "abc"
// "unchanged"
// "xyxxy"
// "zero value"
// "111"
// "cafe ?("
// "sunbook語"
// recovered: strings.NewReplacer: odd argument count
