// append writes into the shared array when capacity allows and copies to a new array when it must grow.
package main

import "fmt"

func main() {
	base := make([]int, 3, 5)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, len(base), cap(base))

	full := []int{1, 2, 3}
	c := append(full, 4)
	c[0] = 100
	fmt.Println(full, c)

	s := []int{0, 1, 2, 3, 4}
	head := s[:2]
	head = append(head, 99)
	fmt.Println(s, head, len(head), cap(head))

	tail := s[3:]
	tail[0] = -3
	fmt.Println(s, tail, cap(tail))

	var grow []int
	for i := 0; i < 5; i++ {
		grow = append(grow, i)
	}
	fmt.Println(grow, len(grow))
	more := append([]int(nil), grow...)
	more[0] = 50
	fmt.Println(grow[0], more[0])
	words := append([]string{"x"}, "y", "z")
	fmt.Println(words, len(words))
	bytes := append([]byte("ab"), "cd"...)
	fmt.Println(string(bytes))
}

// Output:
// [0 0 0 2] [0 0 0 2] 3 5
// [1 2 3] [100 2 3 4]
// [0 1 99 3 4] [0 1 99] 3 5
// [0 1 99 -3 4] [-3 4] 2
// [0 1 2 3 4] 5
// 0 50
// [x y z] 3
// abcd
