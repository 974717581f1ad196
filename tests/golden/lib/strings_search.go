// strings.Contains, HasPrefix, HasSuffix, Index, LastIndex, Count and friends search by bytes.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasPrefix(s, "quick"))
	fmt.Println(strings.HasSuffix(s, "dog"), strings.HasSuffix(s, "do"))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "zzz"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("héllo", 'l'), strings.Index("héllo", "l"))
	fmt.Println(strings.Count(s, "o"), strings.Count("five", ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'Z'))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	p, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(p, ok)
}

// Output:
// true false true
// true false
// true false
// 0 31 -1
// 4 3 3
// 4 5
// true false
// true -1
// key value=x true
// 1.2.3 true
