// bytes case mapping: ToUpper, ToLower, ToTitle, Title, the Special variants with unicode.TurkishCase, and EqualFold beyond ASCII.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%q %q\n", bytes.ToUpper([]byte("ǆ straße ɐ")), bytes.ToLower([]byte("Ǆ ΣΑΣ")))
	fmt.Printf("%q\n", bytes.ToTitle([]byte("loud noises ǆ ß")))
	fmt.Printf("%q\n", bytes.Title([]byte("her royal highness_x o'neil élan 3d ǆemal  x\u00a0y")))
	fmt.Printf("%q\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("istanbul ı")))
	fmt.Printf("%q\n", bytes.ToLowerSpecial(unicode.TurkishCase, []byte("İSTANBUL I")))
	fmt.Printf("%q\n", bytes.ToTitleSpecial(unicode.TurkishCase, []byte("iı")))
	fmt.Printf("%q\n", bytes.ToUpper([]byte("invalid \xff byte")))
	fmt.Println(bytes.EqualFold([]byte("ǆ"), []byte("Ǆ")), bytes.EqualFold([]byte("K"), []byte("\u212a")), bytes.EqualFold([]byte("Straße"), []byte("STRASSE")))
}

// Output:
// "Ǆ STRAßE Ɐ" "ǆ σασ"
// "LOUD NOISES ǅ ß"
// "Her Royal Highness_x O'Neil Élan 3d ǅemal  X\u00a0Y"
// "İSTANBUL I"
// "istanbul ı"
// "İI"
// "INVALID � BYTE"
// true true false
