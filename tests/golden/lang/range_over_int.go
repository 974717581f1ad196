// range over an integer n iterates 0..n-1; it runs zero times for n <= 0.
package main

import "fmt"

type Count int8

func main() {
	for i := range 4 {
		fmt.Print(i, ";")
	}
	fmt.Println()
	n := 3
	total := 0
	for range n {
		total += 10
	}
	fmt.Println(total)
	for i := range -2 {
		fmt.Println("never", i)
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %d;", i, i)
	}
	fmt.Println()
	limit := 2
	for i := range limit {
		limit = 10
		fmt.Print(i, ";")
	}
	fmt.Println(limit)
}

// Output:
// 0;1;2;3;
// 30
// main.Count 0;main.Count 1;main.Count 2;
// 0;1;10
