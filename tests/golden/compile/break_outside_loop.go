// break is only allowed inside a for, switch or select statement.
package main

import "fmt"

func check(n int) {
	if n < 0 {
		fmt.Println("negative, stopping")
		break
	}
	fmt.Println(n)
}

func main() {
	check(1)
	check(-1)
}

// Error: 9:3: break is not in a loop, switch, or select
