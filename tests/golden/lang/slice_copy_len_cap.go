// copy copies min(len(dst), len(src)) elements; slicing sets len and cap from the underlying array.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 7)
	n = copy(big, src)
	fmt.Println(n, big)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 3)
	n = copy(b, "hello")
	fmt.Println(n, string(b))

	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s), cap(s))
	s2 := s[2:]
	fmt.Println(s2, len(s2), cap(s2))
	e := arr[6:]
	fmt.Println(e, len(e), cap(e), e == nil)
	m := make([]string, 2, 10)
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))
	var nilSlice []int
	fmt.Println(len(nilSlice), cap(nilSlice), nilSlice[0:0] == nil)
	for i := range 3 {
		m = append(m, fmt.Sprint(i))
	}
	fmt.Println(m, len(m), cap(m))
}

// Output:
// 3 [1 2 3]
// 5 [1 2 3 4 5 0 0]
// 4 [1 1 2 3 4]
// 3 hel
// [1 2] 2 5
// [1 2 3 4 5] 5 5
// [3 4 5] 3 3
// [] 0 0 false
// ["" ""] 2 10
// 0 0 true
// [  0 1 2] 5 10
