// switch: expression cases, lists of values, fallthrough and the condition-less form.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "large"
}

func days(m int) int {
	switch m {
	case 2:
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}

func main() {
	for _, n := range []int{-5, 0, 7, 42} {
		fmt.Println(n, classify(n))
	}
	fmt.Println(days(2), days(6), days(7))
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Print("zero")
			fallthrough
		case 1:
			fmt.Print("|one-or-fell")
		case 2:
			fmt.Print("two")
			fallthrough
		default:
			fmt.Print("|default")
		}
		fmt.Println()
	}
	switch x := 5 * 2; x {
	case 1 + 9:
		fmt.Println("ten")
	}
	switch s := "go"; {
	case len(s) == 2:
		fmt.Println("two letters")
	}
}

// Output:
// -5 negative
// 0 zero
// 7 small
// 42 large
// 28 30 31
// zero|one-or-fell
// |one-or-fell
// two|default
// |default
// ten
// two letters
