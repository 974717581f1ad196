// len of a string counts bytes; indexing yields bytes; a rune is a Unicode code point.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), len([]rune(s)))
	fmt.Println(s[0], s[1], s[2])
	fmt.Printf("%c %c %x\n", s[0], s[7], s[8])
	fmt.Println(s[:1], s[1:3], s[7:], s[len(s)-3:])
	var b byte = 'A'
	var r rune = '界'
	fmt.Println(b, r, string(r), string(rune(b+1)))
	fmt.Printf("%T %T\n", b, r)
	fmt.Printf("%q %U\n", r, r)
	e := ""
	fmt.Println(len(e), e == "")
	fmt.Println("abc" < "abd", "Z" < "a", "go" == "g"+"o")
	raw := `a\nb`
	fmt.Println(raw, len(raw))
	fmt.Println("tab\there", "quote\"", "unicode\u00e9")
}

// Output:
// 14 9
// 104 195 169
// h   e4
// h é  世界 界
// 65 30028 界 B
// uint8 int32
// '界' U+754C
// 0 true
// true true true
// a\nb 4
// tab	here quote" unicodeé
