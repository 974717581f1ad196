// Functions can return several values; named results start at zero and a bare return returns them.
package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func stats(xs []int) (min, max, sum int) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	return
}

func parse(s string) (n int, ok bool) {
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0, false
	}
	return v, true
}

func pass(a, b int) (int, int) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(stats([]int{4, -2, 9, 1}))
	fmt.Println(stats(nil))
	_, ok := parse("x1")
	fmt.Println(ok)
	n, ok := parse("123")
	fmt.Println(n, ok)
	fmt.Println(divmod(pass(3, 20)))
}

// Output:
// 3 2
// -2 9 12
// 0 0 0
// false
// 123 true
// 6 2
