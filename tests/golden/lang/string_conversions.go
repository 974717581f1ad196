// Conversions between string, []byte and []rune copy the data; string(int) of a rune makes a character.
package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string([]byte{71, 111}), string([]rune{0x4e16, 0x754c}))
	fmt.Println(string(rune(65)), string(rune(0x1F600)))
	bs := []byte("abc")
	t := string(bs)
	bs[0] = 'z'
	fmt.Println(t, string(bs))
	rev := []rune("stressed")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(string(rev))
	fmt.Println(len(string(rune(-1))), []byte(string(rune(-1))))
	concat := s + "!" + string(b[1:3])
	fmt.Println(concat, len(concat))
}

// Output:
// [104 195 169 108 108 111]
// [104 233 108 108 111]
// héllo Héllo
// hello
// Go 世界
// A 😀
// abc zbc
// desserts
// 3 [239 191 189]
// héllo!é 9
