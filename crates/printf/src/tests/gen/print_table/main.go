// Generates ../../../print_table.rs: go run main.go > ../../../print_table.rs && rustfmt --edition 2024 ../../../print_table.rs
package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Emits the boundaries of strconv.IsPrint as a Rust table: the code points
// where printability switches on (even index) or off (odd index).
func main() {
	var b16, b32 []string
	prev := false
	for r := rune(0); r <= 0x110000; r++ {
		p := r <= 0x10FFFF && strconv.IsPrint(r)
		if p != prev {
			if r < 0x10000 {
				b16 = append(b16, fmt.Sprintf("0x%04x", r))
			} else {
				b32 = append(b32, fmt.Sprintf("0x%05x", r))
			}
			prev = p
		}
	}
	if len(b16)%2 != 0 {
		panic("range crosses plane 0")
	}
	fmt.Println("//! Where Go's `strconv.IsPrint` switches between printable and not, generated")
	fmt.Println("//! by running Go 1.27 over every code point (not hand-written): printable")
	fmt.Println("//! runs start at even indices and end (exclusive) at the following odd one.")
	fmt.Println()
	fmt.Printf("pub(super) const PRINT_BOUNDS_16: [u16; %d] = [%s];\n\n", len(b16), strings.Join(b16, ", "))
	fmt.Printf("pub(super) const PRINT_BOUNDS_32: [u32; %d] = [%s];\n", len(b32), strings.Join(b32, ", "))
}
