// Width, precision and flags: %5d %-5s %05d %.2f %8.3f %+d and %*d.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d]\n", 42, 42, 42)
	fmt.Printf("[%5s][%-5s][%.2s]\n", "go", "go", "gopher")
	fmt.Printf("[%.2f][%8.3f][%-8.1f][%08.2f]\n", 3.14159, 3.14159, 3.14159, -3.14159)
	fmt.Printf("[%+d][%+d][% d]\n", 5, -5, 5)
	fmt.Printf("[%*d][%-*d]\n", 6, 7, 4, 8)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%3d]\n", 123456)
	fmt.Printf("[%x][%08b][%4x]\n", 3054, 5, 10)
	fmt.Printf("[%10v][%-10v]\n", []int{1, 2}, true)
	fmt.Printf("[%6q][%.0f][%.1f]\n", "a", 2.5, 0.05)
	rows := [][]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}}
	for _, r := range rows {
		fmt.Printf("%-8s|%4s\n", r[0], r[1])
	}
	s := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
}

// Output:
// [   42][42   ][00042]
// [   go][go   ][go]
// [3.14][   3.142][3.1     ][-0003.14]
// [+5][-5][ 5]
// [     7][8   ]
// [ 99.50%]
// [123456]
// [bee][00000101][   a]
// [[         1          2]][true      ]
// [   "a"][2][0.1]
// name    | qty
// apple   |   3
// kiwi    |  12
// 007-x 5
