// Println separates all operands with spaces; Print only adds spaces between operands that are both non-strings.
package main

import "fmt"

func main() {
	fmt.Println("a", "b", 1, 2, true)
	fmt.Print("a", "b", 1, 2, true, "\n")
	fmt.Print(1, 2, "x", 3, "\n")
	fmt.Print("no newline", "\n")
	s := fmt.Sprint("x", 1, 2, "y", 3.5, false)
	fmt.Println(s, len(s))
	ln := fmt.Sprintln("x", 1, 2)
	fmt.Printf("%q\n", ln)
	fmt.Println()
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint([]string{"a b", "c"}))
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Printf("%d%%\n", 50)
	fmt.Println(fmt.Sprint("a", "b"), fmt.Sprint(1, 2), fmt.Sprint(1, "a", 2))
}

// Output:
// a b 1 2 true
// ab1 2 true
// 1 2x3
// no newline
// x1 2y3.5 false 14
// "x 1 2\n"
//
//  <nil> [a b c]
// count me
// 9 <nil>
// 50%
// ab 1 2 1a2
