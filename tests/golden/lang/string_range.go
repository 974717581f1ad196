// range over a string decodes UTF-8 runes and yields byte offsets; invalid bytes decode as U+FFFD.
package main

import "fmt"

func main() {
	for i, r := range "aé世!" {
		fmt.Printf("%d:%c(%d);", i, r, r)
	}
	fmt.Println()
	for i := range "日本" {
		fmt.Print(i, ";")
	}
	fmt.Println()
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Printf("%d:%U;", i, r)
	}
	fmt.Println()
	count := 0
	for range "héllo" {
		count++
	}
	fmt.Println("runes:", count)
	s := "naïve"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x", s[i])
	}
	fmt.Println()
}

// Output:
// 0:a(97);1:é(233);3:世(19990);6:!(33);
// 0;3;
// 0:U+0061;1:U+FFFD;2:U+0062;
// runes: 5
// 6e61c3af7665
