// ++, -- and compound assignment operators update variables, fields, elements and through pointers.
package main

import "fmt"

type box struct{ n int }

func main() {
	i := 5
	i++
	i++
	i--
	fmt.Println(i)
	i += 10
	i -= 3
	i *= 2
	i /= 4
	i %= 5
	fmt.Println(i)
	b := 0b1100
	b |= 0b0001
	b &= 0b1001
	b ^= 0b1111
	b <<= 2
	b >>= 1
	b &^= 0b0010
	fmt.Println(b)
	s := "go"
	s += "pher"
	fmt.Println(s)
	f := 1.5
	f *= 3
	fmt.Println(f)
	arr := []int{1, 2, 3}
	arr[1]++
	arr[2] *= 10
	m := map[string]int{}
	m["k"]++
	m["k"] += 5
	bx := &box{}
	bx.n++
	p := &bx.n
	*p += 40
	fmt.Println(arr, m["k"], bx.n)
}

// Output:
// 6
// 1
// 12
// gopher
// 4.5
// [1 3 30] 6 41
