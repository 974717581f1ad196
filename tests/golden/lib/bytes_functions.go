// The bytes package mirrors strings for byte slices: search, split, fields, join, replace, trim, case, map; results share the input's bytes.
package main

import (
	"bytes"
	"fmt"
)

func show(name string, parts [][]byte) {
	fmt.Printf("%s: %d nil=%v %q\n", name, len(parts), parts == nil, parts)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func main() {
	s := []byte("a,b,,c,")
	show("Split", bytes.Split(s, []byte(",")))
	show("SplitN", bytes.SplitN(s, []byte(","), 2))
	show("SplitN0", bytes.SplitN(s, []byte(","), 0))
	show("SplitAfter", bytes.SplitAfter(s, []byte(",")))
	show("SplitAfterN", bytes.SplitAfterN(s, []byte(","), 3))
	show("SplitRunes", bytes.Split([]byte("héllo\xff"), nil))
	show("Fields", bytes.Fields([]byte("  foo bar\tbaz\n ")))
	show("FieldsUnicode", bytes.Fields([]byte("\u00a0x\u2003y z\u3000")))
	show("FieldsBlank", bytes.Fields([]byte("   ")))
	show("FieldsFunc", bytes.FieldsFunc([]byte("a1b22c333"), isDigit))

	// Pieces are capped, so appending to one does not overwrite the next.
	parts := bytes.Split([]byte("ab|cd"), []byte("|"))
	fmt.Println(len(parts[0]), cap(parts[0]))
	_ = append(parts[0], 'X')
	fmt.Printf("%q\n", parts[1])

	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	j := bytes.Join(nil, []byte(","))
	fmt.Println(j == nil, len(j))
	r := bytes.Repeat([]byte("ab"), 5)
	fmt.Printf("%q %d\n", r, cap(r))
	fmt.Printf("%q\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("oink oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("héj"), nil, []byte("-")))
	fmt.Println(bytes.Replace(nil, []byte("x"), []byte("y"), -1) == nil)

	fmt.Printf("%q %q\n", bytes.ToUpper([]byte("Hello, wörld")), bytes.ToLower([]byte("HELLO ÀÉÎ")))
	up := bytes.ToUpper([]byte("already UPPER"))
	fmt.Printf("%q\n", up)
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("σ"), []byte("Σ")), bytes.EqualFold([]byte("a"), []byte("b")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, []byte("banana\xff")))

	fmt.Printf("%q %q %q\n", bytes.TrimSpace([]byte("  \t hi there \n")), bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("aabbcc"), "ab"))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.Trim([]byte("xx"), "x") == nil, bytes.TrimRight([]byte("xx"), "x") == nil)
	fmt.Printf("%q %q\n", bytes.TrimRight([]byte("hi!!?"), "!?"), bytes.TrimFunc([]byte("123abc456"), isDigit))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))

	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), bytes.Index([]byte("chicken"), []byte("dmr")), bytes.LastIndex([]byte("go gopher"), []byte("go")), bytes.LastIndex([]byte("x"), nil))
	fmt.Println(bytes.IndexByte([]byte("golang"), 'l'), bytes.LastIndexByte([]byte("golang"), 'g'), bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexRune([]byte("a\xffb"), '\uFFFD'))
	fmt.Println(bytes.IndexAny([]byte("golang"), "xyzn"), bytes.LastIndexAny([]byte("go gopher"), "ordent"), bytes.IndexAny([]byte("a\xff"), "\uFFFD"), bytes.IndexAny([]byte("héllo"), "é"))
	fmt.Println(bytes.IndexFunc([]byte("abc123"), isDigit), bytes.LastIndexFunc([]byte("1abc"), isDigit), bytes.ContainsFunc([]byte("abc"), isDigit))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil), bytes.Contains([]byte("seafood"), []byte("foo")), bytes.ContainsAny([]byte("x"), ""), bytes.ContainsRune([]byte("aé"), 'é'))

	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %v %v\n", before, after == nil, found)
	rest, ok := bytes.CutPrefix([]byte("foobar"), []byte("foo"))
	head, ok2 := bytes.CutSuffix([]byte("foobar"), []byte("baz"))
	fmt.Printf("%q %v %q %v\n", rest, ok, head, ok2)

	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil), bytes.Compare([]byte("ab"), []byte("a")))
	fmt.Println(bytes.HasPrefix([]byte("Gopher"), []byte("Go")), bytes.HasSuffix([]byte("Amigo"), []byte("go")))
	fmt.Println(bytes.Runes([]byte("héllo\xff")))
	fmt.Println(bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil)
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc3c"), []byte("?")))
}

// Output:
// Split: 5 nil=false ["a" "b" "" "c" ""]
// SplitN: 2 nil=false ["a" "b,,c,"]
// SplitN0: 0 nil=true []
// SplitAfter: 5 nil=false ["a," "b," "," "c," ""]
// SplitAfterN: 3 nil=false ["a," "b," ",c,"]
// SplitRunes: 6 nil=false ["h" "é" "l" "l" "o" "\xff"]
// Fields: 3 nil=false ["foo" "bar" "baz"]
// FieldsUnicode: 3 nil=false ["x" "y" "z"]
// FieldsBlank: 0 nil=false []
// FieldsFunc: 3 nil=false ["a" "b" "c"]
// 2 2
// "cd"
// "a, b, c"
// false 0
// "ababababab" 10
// "oinky oinky oink"
// "moo moo moo"
// "-h-é-j-"
// true
// "HELLO, WÖRLD" "hello àéî"
// "ALREADY UPPER"
// true true false
// "coo\ufffe"
// "hi there" "hi" "cc"
// true true false
// "hi" "abc"
// "body" "body"
// 4 -1 3 1
// 2 5 4 1
// 4 8 1 1
// 3 0 false
// 3 5 true false true
// "key" "value" true
// "novalue" true false
// "bar" true "foobar" false
// true -1 1 0 1
// true true
// [104 233 108 108 111 65533]
// true false
// "a?b?c"
