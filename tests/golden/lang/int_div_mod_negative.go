// Integer division truncates toward zero and the remainder takes the sign of the dividend.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var x int8 = -128
	var y int8 = -1
	fmt.Println(x/y, x%y)
	fmt.Println(-9/4, -9%4, 9/-4, 9%-4)
	var u uint = 7
	fmt.Println(u/2, u%2)
	f := 7.0
	fmt.Println(f/2, -f/2)
	q := -17
	q /= 5
	r := -17
	r %= 5
	fmt.Println(q, r, q*5+r)
}

// Output:
// 7 / 2 = 3, 7 % 2 = 1
// -7 / 2 = -3, -7 % 2 = -1
// 7 / -2 = -3, 7 % -2 = 1
// -7 / -2 = 3, -7 % -2 = -1
// 1 / 3 = 0, 1 % 3 = 1
// -1 / 3 = 0, -1 % 3 = -1
// -128 0
// -2 -1 -2 1
// 3 1
// 3.5 -3.5
// -3 -2 -17
