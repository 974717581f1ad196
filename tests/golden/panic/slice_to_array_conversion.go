// Converting a slice to an array type longer than the slice panics at run time.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	fmt.Println(a, s)
	p := (*[2]int)(s)
	p[1] = 200
	fmt.Println(*p, s)
	short := s[:2]
	fmt.Println("converting length", len(short))
	b := [3]int(short)
	fmt.Println("unreachable", b)
}

// Output:
// [100 2 3 4] [1 2 3 4]
// [1 200] [1 200 3 4]
// converting length 2
// Exit: 2
// Stderr: panic: runtime error: cannot convert slice with length 2 to array or pointer to array with length 3
