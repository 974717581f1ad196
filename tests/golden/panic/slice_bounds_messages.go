// Go's slice-bounds panic texts: which bound failed, the limit it is
// measured against (an array's length, a slice's capacity), and a negative
// bound shown alone.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{}
	str := "abc"
	i, j, k, n := 2, 1, 3, -1
	try("a", func() { _ = s[i:j:k] })
	try("b", func() { _ = s[n:] })
	try("c", func() { _ = s[:n] })
	try("d", func() { _ = s[:k:n] })
	try("e", func() { _ = s[n:j:k] })
	try("f", func() { _ = s[:n:k] })
	try("g", func() { _ = s[:5] })
	try("h", func() { _ = a[:k+2] })
	try("i", func() { _ = a[:1:k+2] })
	try("j", func() { _ = str[n:] })
	try("k", func() { _ = str[:5] })
	try("l", func() { _ = str[i:j] })
	try("m", func() { _ = s[:2:5] })
	try("n", func() { _ = s[:k:j] })
	p := &a
	try("o", func() { _ = p[:k+1] })
}

// Output:
// a runtime error: slice bounds out of range [2:1:]
// b runtime error: slice bounds out of range [-1:]
// c runtime error: slice bounds out of range [:-1]
// d runtime error: slice bounds out of range [::-1]
// e runtime error: slice bounds out of range [-1::]
// f runtime error: slice bounds out of range [:-1:]
// g runtime error: slice bounds out of range [:5] with capacity 3
// h runtime error: slice bounds out of range [:5] with length 3
// i runtime error: slice bounds out of range [::5] with length 3
// j runtime error: slice bounds out of range [-1:]
// k runtime error: slice bounds out of range [:5] with length 3
// l runtime error: slice bounds out of range [2:1]
// m runtime error: slice bounds out of range [::5] with capacity 3
// n runtime error: slice bounds out of range [:3:1]
// o runtime error: slice bounds out of range [:4] with length 3
